package org.convlab.ui.workbench;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.convlab.engine.KernelBank;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;
import org.convlab.io.DisplayMapping;

/**
 * The workbench screen: kernel and image on the left, method bar and input / intermediate /
 * output in the middle, parameters, cost and the pixel inspector on the right.
 *
 * <p>The left panel's first slot, {@link #kernelSlot()}, holds a temporary preset chooser until
 * the kernel designer is plugged in with {@link #useKernelDesigner}.
 */
public final class WorkbenchView {
    public static final String STYLE = "workbench";
    public static final String SIDE = "side-panel";
    public static final String SECTION = "section";
    public static final String ERROR = "error-banner";
    public static final String HINT = "hint-banner";
    public static final String NOTE = "note";
    public static final List<String> METHOD_NAMES = List.of("Standard", "Depthwise", "Pointwise",
            "Depthwise-separable", "Spatial-separable", "Low-rank", "Grouped");
    private static final List<String> METHOD_SHORT = List.of("Standard", "Depthwise", "Pointwise",
            "Depthwise-sep.", "Spatial-sep.", "Low-rank", "Grouped");
    private static final List<String> METHOD_TIPS = List.of(
            "Every filter looks at every input channel through a K×K window",
            "One K×K kernel per input channel, no mixing between channels",
            "1×1 convolution: mixes channels at each pixel, no spatial extent",
            "Depthwise then pointwise: spatial filtering and channel mixing in two cheap steps",
            "Each K×K kernel as a K×1 column pass then a 1×K row pass (needs a rank-1 kernel)",
            "Each kernel as a sum of r separable pairs (SVD): exact at full rank",
            "Grouped: C channels in G groups, each filter reads only its group's C/G channels (G = 1 standard, G = C depthwise)");

    private final WorkbenchModel model;
    private final BorderPane content = new BorderPane();
    private final StackPane root = new StackPane(content);
    private final VBox kernelSlot = new VBox();
    private final ImagePanel inputPanel = new ImagePanel("Input");
    private final ImagePanel midPanel = new ImagePanel("Intermediate");
    private final ImagePanel outputPanel = new ImagePanel("Output");
    private final HBox panels = new HBox(12);
    private final CostPanel cost = new CostPanel();
    private final InspectorPanel inspector = new InspectorPanel();
    private final ChannelGroupsPanel groupsPanel = new ChannelGroupsPanel();
    private org.convlab.ui.core.Palette palette = org.convlab.ui.core.Theme.LIGHT.palette();
    /** What the embedded kernel designer does with the look (nothing until it is embedded). */
    private java.util.function.Consumer<org.convlab.ui.core.Look> designerLook = look -> { };
    private final Label error = new Label(), hint = new Label(), methodTip = new Label();
    private org.convlab.ui.core.Reveal reveal = new org.convlab.ui.core.Reveal();
    private final SegmentedButton methods = new SegmentedButton();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ImageActions actions;
    private KernelChooser chooser;
    private GalleryView gallery;

    public WorkbenchView(WorkbenchModel model, String presetId, int kernelSize) {
        this.model = model;
        this.actions = new ImageActions(model, root, () -> showGallery(!isGalleryShown()));
        chooser = new KernelChooser(model.bankProperty(), presetId, kernelSize);
        kernelSlot.getChildren().setAll(chooser.getRoot());
        kernelSlot.setId("kernelSlot");
        content.getStyleClass().add(STYLE);
        ScrollPane sidePane = side(section(actions.getRoot()), section(new ParameterPanel(model).getRoot()), kernelSlot,
                section(displayControls()));
        // at most a third of the window, so larger presentation fonts do not crowd out the images
        sidePane.maxWidthProperty().bind(content.widthProperty().multiply(0.34));
        content.setLeft(sidePane);
        content.setCenter(center());
        wire();
    }

    /**
     * The one-line hook for the kernel designer: replaces the temporary chooser and follows its bank;
     * {@code applyLook} gives the designer the theme.
     */
    public void useKernelDesigner(Node designerRoot, ObservableValue<KernelBank> designerBank,
                                  java.util.function.Consumer<org.convlab.ui.core.Look> applyLook) {
        model.bankProperty().bind(designerBank);
        kernelSlot.getChildren().setAll(designerRoot);
        chooser = null;
        designerLook = applyLook;
    }

    private Node center() {
        for (int i = 0; i < Method.values().length; i++) {
            Method m = Method.values()[i];
            ToggleButton b = new ToggleButton((i + 1) + "  " + METHOD_SHORT.get(i));
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setUserData(m);
            b.setId("method-" + m.id());
            b.setTooltip(new Tooltip(METHOD_TIPS.get(i) + "  (key " + (i + 1) + ")"));
            methods.getButtons().add(b);
        }
        methods.getStyleClass().add("method-bar");
        methods.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) { a.setSelected(true); return; }
            model.methodProperty().set((Method) b.getUserData());
        });
        methodTip.getStyleClass().add(NOTE);
        error.getStyleClass().add(ERROR);
        error.setId("error-banner");
        hint.getStyleClass().add(HINT);
        for (Label l : new Label[] {error, hint}) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.managedProperty().bind(l.visibleProperty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        for (ImagePanel p : List.of(inputPanel, midPanel, outputPanel)) HBox.setHgrow(p.getRoot(), Priority.ALWAYS);
        midPanel.getRoot().managedProperty().bind(midPanel.getRoot().visibleProperty());
        outputPanel.getRoot().setId("output-panel");
        inputPanel.getRoot().setId("input-panel");
        outputPanel.setImageId("output-image");
        panels.getChildren().addAll(inputPanel.getRoot(), midPanel.getRoot(), outputPanel.getRoot());
        VBox.setVgrow(panels, Priority.ALWAYS);
        Label methodTitle = new Label("Method");
        methodTitle.getStyleClass().add(ImagePanel.TITLE);
        methodTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the tip goes under the methods when the row is full (presentation mode, small screens),
        // never a column of one character per line
        HBox methodRow = new HBox(12, methodTitle, methods);
        methodRow.setAlignment(Pos.CENTER_LEFT);
        methodRow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        methodTip.setWrapText(true);
        methodTip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        methodTip.setMaxWidth(720);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(12, 4, methodRow, methodTip);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 10, 0, 10));
        content.setTop(bar);
        cost.getRoot().getStyleClass().add(SECTION);
        inspector.getRoot().getStyleClass().add(SECTION);
        groupsPanel.getRoot().getStyleClass().add(SECTION);
        groupsPanel.getRoot().visibleProperty().bind(model.methodProperty().isEqualTo(Method.GROUPED));
        VBox right = new VBox(12, groupsPanel.getRoot(), inspector.getRoot());
        // cost on the left, groups and inspector on the right, or under the cost when the column is narrow
        WrapRow bottom = new WrapRow(12, cost.getRoot(), right);
        javafx.scene.control.Button usePadding = new javafx.scene.control.Button();
        usePadding.setId("use-offered-padding");
        usePadding.setMinWidth(Region.USE_PREF_SIZE);
        usePadding.textProperty().bind(model.offeredPaddingProperty().asString("Use padding %d"));
        usePadding.visibleProperty().bind(model.offeredPaddingProperty().greaterThanOrEqualTo(0));
        usePadding.managedProperty().bind(usePadding.visibleProperty());
        usePadding.setOnAction(e -> model.acceptOfferedPadding());
        HBox hintRow = new HBox(10, hint, usePadding);
        hintRow.setAlignment(Pos.CENTER_LEFT);
        VBox c = new VBox(8, error, hintRow, panels, bottom);
        c.setPadding(new Insets(10, 10, 10, 0));
        c.setAlignment(Pos.TOP_LEFT);
        // on a short screen in presentation mode the column scrolls instead of running under the status bar
        ScrollPane scroll = new ScrollPane(c);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("workbench-center");
        return scroll;
    }

    private Node displayControls() {
        Label title = new Label("Display");
        title.getStyleClass().add(ImagePanel.TITLE);
        SegmentedButton modes = new SegmentedButton();
        List<DisplayMapping.Mode> shown = List.of(DisplayMapping.Mode.AUTO, DisplayMapping.Mode.CLAMP, DisplayMapping.Mode.DIVERGING, DisplayMapping.Mode.ABSOLUTE);
        List<String> names = List.of("Auto", "Image", "Signed", "|value|");
        for (DisplayMapping.Mode m : shown) {
            ToggleButton b = new ToggleButton(names.get(shown.indexOf(m)));
            b.setId("display-" + m.name().toLowerCase(Locale.ROOT));
            b.setUserData(m);
            b.setSelected(model.displayModeProperty().get() == m);
            modes.getButtons().add(b);
        }
        modes.getButtons().get(0).setTooltip(new Tooltip("An image when every value is between 0 and 1 (a blurred photo), else signed colours"));
        modes.getButtons().get(1).setTooltip(new Tooltip("Values clamped to [0, 1], as an image would be stored"));
        modes.getButtons().get(2).setTooltip(new Tooltip("Signed values: purple negative, white zero, orange positive (colour-blind safe)"));
        modes.getButtons().get(3).setTooltip(new Tooltip("|value|: edge strength regardless of sign"));
        modes.getToggleGroup().selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) { a.setSelected(true); return; }
            model.displayModeProperty().set((DisplayMapping.Mode) b.getUserData());
        });
        model.displayModeProperty().addListener((o, a, m) -> modes.getButtons().forEach(b -> b.setSelected(b.getUserData() == m)));
        ToggleSwitch grey = new ToggleSwitch("Grayscale (one channel)");
        grey.setId("grayscale");
        grey.selectedProperty().bindBidirectional(model.grayscaleProperty());
        ComboBox<String> channel = new ComboBox<>();
        channel.setId("channel");
        channel.setTooltip(new Tooltip("Show all channels (RGB) or one channel at a time"));
        model.inputProperty().addListener((o, a, t) -> fillChannels(channel, t));
        channel.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) model.viewChannelProperty().set(b.intValue() - 1);
        });
        return new VBox(6, title, modes, grey, new HBox(6, new Label("Channels"), channel));
    }

    private void fillChannels(ComboBox<String> box, Tensor t) {
        if (t == null) return;
        int want = model.viewChannelProperty().get();
        box.getItems().setAll("All" + (t.channels() == 3 ? " (RGB)" : ""));
        String[] names = {"R", "G", "B"};
        for (int c = 0; c < t.channels(); c++) box.getItems().add(c + (t.channels() == 3 ? " " + names[c] : ""));
        box.getSelectionModel().select(Math.min(want + 1, box.getItems().size() - 1));
    }

    private void wire() {
        model.inputProperty().addListener(o -> refresh());
        model.outcomeProperty().addListener(o -> refresh());
        model.displayModeProperty().addListener(o -> refresh());
        model.viewChannelProperty().addListener(o -> refresh());
        model.methodProperty().addListener((o, a, m) -> selectMethod(m));
        model.busyProperty().addListener(o -> updateStatus());
        model.equalityProperty().addListener((o, a, r) -> groupsPanel.showChecks(r, model.getOutcome() != null));
        error.textProperty().bind(model.errorProperty());
        model.errorProperty().addListener(o -> refresh());
        hint.textProperty().bind(model.hintProperty());
        outputPanel.onHover(this::inspect);
        selectMethod(model.methodProperty().get());
        refresh();
    }

    private void selectMethod(Method m) {
        methods.getButtons().get(m.ordinal()).setSelected(true);
        methodTip.setText(METHOD_TIPS.get(m.ordinal()));
    }

    private void refresh() {
        Tensor in = model.inputProperty().get();
        WorkbenchModel.Outcome o = model.getOutcome();
        int ch = model.viewChannelProperty().get();
        DisplayMapping.Mode mode = model.displayModeProperty().get();
        int groups = o != null && o.result().method() == Method.GROUPED ? o.groups() : 1;
        inputPanel.groups(groups, o == null ? 0 : o.input().channels(), palette, "channels");
        outputPanel.groups(groups, o == null ? 0 : o.result().output().channels(), palette, "filters");
        inputPanel.show(in, DisplayMapping.Mode.CLAMP, ch, in == null ? "no image yet: pick a sample or open a file"
                : model.imageNameProperty().get() + (model.previewNoteProperty().get().isEmpty() ? "" : " (downscaled preview)"));
        Tensor mid = o == null ? null : o.result().intermediate();
        midPanel.getRoot().setVisible(mid != null);
        if (mid != null) {
            boolean dw = o.result().method() == Method.DEPTHWISE_SEPARABLE;
            midPanel.setTitle(dw ? "Intermediate: after depthwise" : "Intermediate: after the column pass");
            midPanel.show(mid, DisplayMapping.resolve(mode, mid.data(), 0, mid.data().length), mid.channels() == (in == null ? -1 : in.channels()) ? ch : -1, dw ? "depthwise output" : "column-pass slices");
        }
        Tensor out = o == null || reveal.isHidden(org.convlab.ui.core.Quantity.OUTPUT_VALUES) ? null : o.result().output();
        DisplayMapping.Mode outMode = out == null ? mode : DisplayMapping.resolve(mode, out.data(), 0, out.data().length);
        String how = mode != DisplayMapping.Mode.AUTO || out == null ? ""
                : outMode == DisplayMapping.Mode.CLAMP ? " (shown as an image: all values in 0…1)" : " (signed values)";
        outputPanel.show(out, outMode, ch, o != null && out == null ? "output hidden until you answer the lesson's question" : o == null ? (model.errorProperty().get().isEmpty() ? "" : "no output: see the message above")
                : (o.fullSize() ? "full-size output" : "output") + how);
        Method shownMethod = o == null ? model.methodProperty().get() : o.result().method();
        cost.show(o == null ? null : o.result(), o == null ? null : o.standard(), METHOD_NAMES.get(shownMethod.ordinal())
                + (shownMethod == Method.GROUPED ? " (G = " + groups + ")" : ""));
        if (o == null || shownMethod != Method.GROUPED) {
            groupsPanel.show(null, 0, 0, 0, 0, 0, 0, null, palette, false, null);
        } else {
            groupsPanel.show(o.result(), groups, o.input().channels(), o.input().height(), o.input().width(),
                    o.bank().kernel().kernelHeight(), o.bank().kernel().kernelWidth(), o.spec(), palette,
                    reveal.isHidden(org.convlab.ui.core.Quantity.MULTIPLIES), o.bank().standard());
        }
        groupsPanel.showChecks(model.equalityProperty().get(), o != null);
        inspector.show(null);
        updateStatus();
    }

    private void inspect(int[] at) {
        WorkbenchModel.Outcome o = model.getOutcome();
        if (at == null || o == null) {
            inspector.show(null);
            inputPanel.outline(List.of());
            outputPanel.outline(List.of());
            return;
        }
        outlineWindow(o, at);
        int ch = Math.max(0, model.viewChannelProperty().get());
        inspector.show(PixelExplainer.explain(o.result().method(), o.input(), o.bank(), o.spec().withGroups(o.groups()), o.result().output(),
                at[0], at[1], at[2], ch));
    }

    /** Outlines the hovered output value and the input window (and channels) that made it. */
    private void outlineWindow(WorkbenchModel.Outcome o, int[] at) {
        try {
            Method m = o.result().method();
            ConvSpec spec = m == Method.POINTWISE ? model.spec() : o.spec().withGroups(o.groups());
            Tensor in = o.input(), out = o.result().output();
            inputPanel.outline(HoverWindows.input(m, in.channels(), in.height(), in.width(), out.channels(),
                    o.bank().kernel().kernelHeight(), o.bank().kernel().kernelWidth(), spec, at[0], at[1], at[2]));
            outputPanel.outline(List.of(new int[] {at[0], at[1], at[2], 1, 1}));
        } catch (RuntimeException e) {
            inputPanel.outline(List.of());  // settings changed since this output was computed
        }
    }

    private void updateStatus() {
        Tensor in = model.inputProperty().get();
        WorkbenchModel.Outcome o = model.getOutcome();
        StringBuilder s = new StringBuilder();
        if (model.busyProperty().get()) s.append("Computing…  ");
        if (in != null) s.append(model.imageNameProperty().get()).append(' ').append(in.shapeString());
        if (o != null && !reveal.isHidden(org.convlab.ui.core.Quantity.MULTIPLIES)) {
            s.append("  ·  ").append(model.methodProperty().get().id()).append(", ")
                    .append(CostPanel.group(o.result().counts().multiplies())).append(" multiplies in ")
                    .append(String.format(Locale.ROOT, "%.1f ms", o.result().elapsedNanos() / 1e6));
        }
        status.set(s.toString());
    }

    private static VBox section(Node n) {
        VBox b = new VBox(n);
        b.getStyleClass().add(SECTION);
        return b;
    }

    private static ScrollPane side(Node... sections) {
        VBox box = new VBox(10, sections);
        box.setPadding(new Insets(10));
        for (Node n : sections) if (!n.getStyleClass().contains(SECTION)) n.getStyleClass().add(SECTION);
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.getStyleClass().add(SIDE);
        return sp;
    }

    /** The panels a teacher may export on their own, by name, in screen order (visible ones only). */
    public java.util.Map<String, Node> exportPanels() {
        var m = new java.util.LinkedHashMap<String, Node>();
        m.put("Input", inputPanel.getRoot());
        if (midPanel.getRoot().isVisible()) m.put("Intermediate", midPanel.getRoot());
        m.put("Output", outputPanel.getRoot());
        if (!kernelSlot.getChildren().isEmpty()) m.put("Kernel", kernelSlot.getChildren().get(0));
        m.put("Cost", cost.getRoot());
        return m;
    }

    /** Shows or hides the sample gallery over the workbench. */
    public void showGallery(boolean show) {
        if (show && gallery == null) {
            gallery = new GalleryView(s -> { model.loadSample(s); showGallery(false); }, () -> showGallery(false));
            root.getChildren().add(gallery.getRoot());
        } else if (!show && gallery != null) {
            root.getChildren().remove(gallery.getRoot());
            gallery = null;
        }
    }

    public boolean isGalleryShown() { return gallery != null; }
    public VBox kernelSlot() { return kernelSlot; }
    public KernelChooser kernelChooser() { return chooser; }
    public ImageActions actions() { return actions; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public WorkbenchModel getModel() { return model; }
    public Parent getRoot() { return root; }
    public Node getSnapshotTarget() { return content; }
    /** Honours the shared predict-then-reveal state: hidden counts and outputs wait for the student's answer. */
    public void useReveal(org.convlab.ui.core.Reveal r) {
        reveal = r;
        cost.useReveal(r);
        r.hidden().addListener((javafx.collections.SetChangeListener<org.convlab.ui.core.Quantity>) c -> refresh());
        refresh();
    }

    /** The theme's palette for what CSS does not reach (the channel-group colours). */
    /** The theme and zoom, for what CSS cannot reach (the kernel designer's grids, the group colours). */
    public void applyLook(org.convlab.ui.core.Look look) {
        palette = look.palette();
        designerLook.accept(look);
        refresh();
    }

    public void dispose() { showGallery(false); }
}
