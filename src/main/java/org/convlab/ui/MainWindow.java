package org.convlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * The main window: one tab per screen. Each screen is a code-only view over its model; the
 * window only arranges them and disposes them (stopping their timelines) when it closes.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final List<Runnable> disposers = new ArrayList<>();

    public MainWindow(ComputeService compute) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setBottom(org.convlab.export.ExportBar.forTabs(tabs));
    }

    /** Adds a screen as a tab; {@code dispose} runs when the window closes. */
    public Tab addScreen(String title, Parent content, Runnable dispose) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        tabs.getTabs().add(tab);
        if (dispose != null) disposers.add(dispose);
        return tab;
    }

    public TabPane getTabs() { return tabs; }
    public BorderPane getRoot() { return root; }

    public void dispose() { disposers.forEach(Runnable::run); }
}
