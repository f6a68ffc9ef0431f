package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code export --scene SCENE.yaml}: a scene given as YAML with the keys of a lesson's scene
 * block becomes a one-step lesson (written beside the scene file's images, deleted afterwards),
 * shown in the Animation unless the YAML says otherwise; {@code --step N} is the animation step
 * the frame shows. The lesson pipeline (checker, builder, renderer) then does the rest, so a
 * scene exports exactly as it would show in a lesson.
 */
final class SceneExport {
    private SceneExport() { }

    /** The scene's {@code view:} value, or null. */
    static Object view(Path sceneFile) throws IOException {
        Object doc = new Yaml().load(Files.readString(sceneFile));
        return doc instanceof Map<?, ?> m ? m.get("view") : null;
    }

    /** Writes the one-step lesson for a scene file and returns its path (a temp file in the scene's folder). */
    static Path lessonFor(Path sceneFile, Integer step) throws IOException {
        if (!Files.isRegularFile(sceneFile)) throw new CliException("--scene: file " + sceneFile + " does not exist");
        Object doc;
        try {
            doc = new Yaml().load(Files.readString(sceneFile));
        } catch (RuntimeException e) {
            throw new CliException("--scene: " + sceneFile + " is not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(doc instanceof Map<?, ?> m)) throw new CliException("--scene: " + sceneFile + " must be a YAML mapping with the keys of a lesson's scene block");
        Map<String, Object> scene = new LinkedHashMap<>();
        m.forEach((k, v) -> scene.put(String.valueOf(k), v));
        scene.putIfAbsent("view", "animation");
        if (step != null) {
            if (step < 0) throw new CliException("--step must be 0 or more (an animation step), got " + step);
            Map<String, Object> anim = new LinkedHashMap<>();
            if (scene.get("animation") instanceof Map<?, ?> a) a.forEach((k, v) -> anim.put(String.valueOf(k), v));
            anim.put("position", step);
            anim.putIfAbsent("granularity", "multiply");
            scene.put("animation", anim);
        }
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        String name = sceneFile.getFileName().toString().replaceAll("\\.ya?ml$", "");
        String md = "---\ntitle: \"" + name.replace("\"", "") + "\"\n---\n\n## " + name + "\n\n```scene\n" + new Yaml(o).dump(scene) + "```\n";
        Path dir = sceneFile.toAbsolutePath().getParent();
        Path lesson = Files.createTempFile(dir, ".convlab-scene-", ".md");
        Files.writeString(lesson, md);
        lesson.toFile().deleteOnExit();
        return lesson;
    }
}
