package org.convlab.ui;

import org.convlab.ui.core.Theme;
import org.convlab.ui.core.ComputeService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.engine.KernelBank;
import org.convlab.engine.Method;
import org.convlab.ui.workbench.WorkbenchModel;
import org.convlab.ui.WorkbenchPersistence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings and work survive a restart; a damaged settings file never stops the app. */
class SettingsTest {

    @BeforeEach
    void clean() throws Exception {
        Files.createDirectories(Settings.home());
        Files.deleteIfExists(Settings.file());
    }

    @Test
    void homeIsTheTestFolder() {
        assertTrue(Settings.home().toString().contains("test-home"), Settings.home().toString());
    }

    @Test
    void workIsSavedAndRestored() {
        WorkbenchModel a = new WorkbenchModel(ComputeService.synchronous(), new SimpleObjectProperty<KernelBank>());
        a.loadSample(org.convlab.ui.workbench.Samples.byId("stripes"));
        a.methodProperty().set(Method.LOW_RANK);
        a.rankProperty().set(2);
        a.strideProperty().set(2);
        a.paddingModeProperty().set(WorkbenchModel.PaddingMode.EXPLICIT);
        Settings s = new Settings();
        s.theme = Theme.DARK;
        s.fontScale = 1.5;
        WorkbenchPersistence.capture(a, null, s);
        assertTrue(s.save());

        Settings r = Settings.load();
        assertEquals(Theme.DARK, r.theme);
        assertEquals(1.5, r.fontScale);
        WorkbenchModel b = new WorkbenchModel(ComputeService.synchronous(), new SimpleObjectProperty<KernelBank>());
        assertTrue(WorkbenchPersistence.restore(b, r));
        assertEquals(Method.LOW_RANK, b.methodProperty().get());
        assertEquals(2, b.rankProperty().get());
        assertEquals(2, b.strideProperty().get());
        assertEquals("Stripes", b.imageNameProperty().get());
        assertEquals(a.getOutcome().result().counts().multiplies(), b.getOutcome().result().counts().multiplies());
    }

    @Test
    void damagedFileGivesDefaultsAndIsSetAside() throws Exception {
        Files.writeString(Settings.file(), "{ this is not json");
        Settings s = Settings.load();
        assertEquals(Theme.LIGHT, s.theme);
        assertTrue(Files.exists(Settings.home().resolve("settings.json.bad")));
    }
}
