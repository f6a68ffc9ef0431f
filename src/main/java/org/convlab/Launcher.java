package org.convlab;

import org.convlab.cli.ConvLabCli;

/**
 * Entry point of {@code convlab.jar}. With no arguments it opens the app; with a command it runs
 * headless (see {@link ConvLabCli}). It is deliberately not a JavaFX {@code Application}, so the
 * jar starts from the class path with JavaFX as plain dependencies.
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(org.convlab.ui.ConvLabApp.class);
        } else {
            System.exit(ConvLabCli.run(args));
        }
    }
}
