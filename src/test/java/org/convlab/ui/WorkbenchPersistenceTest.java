package org.convlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.engine.KernelBank;
import org.convlab.engine.Method;
import org.convlab.ui.core.ComputeService;
import org.convlab.ui.workbench.Samples;
import org.convlab.ui.workbench.WorkbenchModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grouped method's G and the input channels C survive a restart (through settings.json). */
class WorkbenchPersistenceTest {

    @BeforeEach
    void clean() throws Exception {
        Files.createDirectories(Settings.home());
        Files.deleteIfExists(Settings.file());
    }

    private static WorkbenchModel model() {
        return new WorkbenchModel(ComputeService.synchronous(), new SimpleObjectProperty<KernelBank>());
    }

    @Test
    void groupsAndChannelsRoundTrip() {
        WorkbenchModel a = model();
        a.loadSample(Samples.byId("rgb-blocks"));
        a.channelsProperty().set(4);
        a.methodProperty().set(Method.GROUPED);
        a.groupsProperty().set(2);
        assertEquals(4, a.inputProperty().get().channels());
        assertEquals(2, a.getOutcome().groups());
        Settings s = new Settings();
        WorkbenchPersistence.capture(a, null, s);
        assertEquals(2, s.groups);
        assertEquals(4, s.channels);
        assertTrue(s.save());

        Settings r = Settings.load();
        assertEquals(2, r.groups);
        assertEquals(4, r.channels);
        WorkbenchModel b = model();
        assertTrue(WorkbenchPersistence.restore(b, r));
        assertEquals(Method.GROUPED, b.methodProperty().get());
        assertEquals(2, b.groupsProperty().get());
        assertEquals(4, b.channelsProperty().get());
        assertEquals(4, b.inputProperty().get().channels());
        assertEquals(2, b.getOutcome().groups());
        assertEquals(a.getOutcome().result().counts().multiplies(), b.getOutcome().result().counts().multiplies());
    }

    @Test
    void defaultsAreOneGroupAndTheImagesChannels() {
        Settings r = Settings.load();
        assertEquals(1, r.groups);
        assertEquals(0, r.channels);
        WorkbenchModel b = model();
        WorkbenchPersistence.restore(b, r);
        assertEquals(1, b.groupsProperty().get());
        assertEquals(0, b.channelsProperty().get());
    }
}
