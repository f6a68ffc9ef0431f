package org.convlab.ui.export;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.convlab.ui.core.ComputeService;

/**
 * Where export work runs: encoding and writing files off the FX thread, through the app's
 * {@link ComputeService} (the composition root hands it over; until then a service of its own).
 * Results and errors arrive on the FX thread.
 */
public final class ExportWork {
    private static volatile ComputeService service;

    private ExportWork() { }

    /** The composition root's compute service. */
    public static void use(ComputeService compute) { service = compute; }

    static synchronized ComputeService service() {
        if (service == null) service = ComputeService.background();
        return service;
    }

    static <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        service().submit(work, done, failed);
    }
}
