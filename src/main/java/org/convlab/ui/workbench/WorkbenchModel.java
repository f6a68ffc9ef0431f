package org.convlab.ui.workbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.convlab.engine.ConvResult;
import org.convlab.engine.ConvSpec;
import org.convlab.engine.Cost;
import org.convlab.engine.Convolutions;
import org.convlab.engine.GroupedEquality;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.Method;
import org.convlab.engine.Padding;
import org.convlab.engine.Tensor;
import org.convlab.io.DisplayMapping;
import org.convlab.io.ImageDecoder;
import org.convlab.ui.core.ComputeService;

/**
 * The workbench: an image, a kernel bank, a method and its hyper-parameters in; the engine's
 * result (output, intermediate, counted cost) and the standard convolution's cost out. Every
 * change recomputes through {@link ComputeService#submitLatest}, so stale runs are cancelled.
 *
 * <p>Large images are previewed on a copy whose longer side is {@link #PREVIEW_MAX_SIDE};
 * {@link #computeFullSize()} runs the same settings on the full image on demand.
 */
public final class WorkbenchModel {
    public static final int PREVIEW_MAX_SIDE = 640;
    public static final int MAX_RECENT = 8;

    public enum PaddingMode { SAME, VALID, EXPLICIT }

    /** Something the user should be told (file errors); {@code seq} makes repeats distinct. */
    public record Notice(String title, String text, long seq) { }

    /** One finished computation and what it was computed from ({@code groups}: G of the grouped method, else 1). */
    public record Outcome(ConvResult result, Cost standard, Tensor input, KernelBank bank, ConvSpec spec,
                          boolean fullSize, int groups) { }

    private final ComputeService compute;
    private final ObjectProperty<KernelBank> bank;
    private final ReadOnlyObjectWrapper<Tensor> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Tensor> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final ReadOnlyStringWrapper imageName = new ReadOnlyStringWrapper(this, "imageName", "");
    private final ReadOnlyStringWrapper imageSource = new ReadOnlyStringWrapper(this, "imageSource", "");
    private final ReadOnlyStringWrapper previewNote = new ReadOnlyStringWrapper(this, "previewNote", "");
    private final BooleanProperty grayscale = new SimpleBooleanProperty(this, "grayscale", false);
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(this, "method", Method.STANDARD);
    private final IntegerProperty rank = new SimpleIntegerProperty(this, "rank", 1);
    /** G of the grouped method (a divisor of C and F; the engine says so when it is not). */
    private final IntegerProperty groups = new SimpleIntegerProperty(this, "groups", 1);
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final IntegerProperty dilation = new SimpleIntegerProperty(this, "dilation", 1);
    private final ObjectProperty<PaddingMode> paddingMode = new SimpleObjectProperty<>(this, "paddingMode", PaddingMode.SAME);
    private final IntegerProperty paddingAmount = new SimpleIntegerProperty(this, "paddingAmount", 1);
    /** Input channels C; 0 means "as the image" (1 grey, 3 colour); more repeat the image's channels in turn. */
    private final IntegerProperty channels = new SimpleIntegerProperty(this, "channels", 0);
    /** Filters F of the channel-mixing methods; 0 means "as many as input channels". */
    private final IntegerProperty filters = new SimpleIntegerProperty(this, "filters", 0);
    private final ObjectProperty<DisplayMapping.Mode> displayMode = new SimpleObjectProperty<>(this, "displayMode", DisplayMapping.Mode.AUTO);
    /** Channel shown (−1: all channels, RGB for a colour input). */
    private final IntegerProperty viewChannel = new SimpleIntegerProperty(this, "viewChannel", -1);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    /** For the grouped method: G = 1 against standard and G = C against depthwise on this input (null otherwise or while computing). */
    private final ReadOnlyObjectWrapper<GroupedEquality.Report> equality = new ReadOnlyObjectWrapper<>(this, "equality");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    /** A padding that works when 'same' cannot (stride > 1), or −1 when none is offered. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper offeredPadding = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "offeredPadding", -1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<KernelBank> requestedKernels = new ReadOnlyObjectWrapper<>(this, "requestedKernels");
    private long noticeSeq;

    public WorkbenchModel(ComputeService compute, ObjectProperty<KernelBank> bank) {
        this.compute = compute;
        this.bank = bank;
        if (bank.get() == null) bank.set(KernelBank.of(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 1, 1));
        grayscale.addListener((o, a, b) -> rebuildInput());
        channels.addListener((o, a, b) -> rebuildInput());
        for (Observable p : new Observable[] {bank, method, rank, groups, stride, dilation, paddingMode, paddingAmount, filters}) {
            p.addListener(o -> recompute());
        }
    }

    // ---- commands ------------------------------------------------------------------------

    /**
     * Shows a whole scene: image, stride, dilation, padding, filters and rank, then asks for its
     * kernels ({@link #requestedKernelsProperty()}, which the kernel designer follows), then the method.
     */
    public void apply(SceneRequest r) {
        channels.set(0); // the scene's image keeps its own channels
        setImage(r.imageName(), "", r.image());
        ConvSpec spec = r.spec();
        stride.set(spec.strideH());
        dilation.set(spec.dilationH());
        org.convlab.engine.Padding p = spec.padding();
        paddingMode.set(switch (p.mode()) {
            case SAME -> PaddingMode.SAME;
            case VALID -> PaddingMode.VALID;
            case EXPLICIT -> PaddingMode.EXPLICIT;
        });
        if (p.mode() == org.convlab.engine.Padding.Mode.EXPLICIT) paddingAmount.set(p.height());
        int f = r.bank().filters();
        filters.set(f == r.image().channels() ? 0 : f);
        rank.set(Math.max(1, r.rank()));
        requestedKernels.set(r.bank());
        if (r.method() == Method.GROUPED) groups.set(spec.groups());
        method.set(r.method());
    }

    /** Shows {@code image} (values in [0,1]); {@code sourceKey} is how to find it again ("sample:id", "file:path", "pasted"). */
    public void setImage(String name, String sourceKey, Tensor image) {
        imageName.set(name);
        imageSource.set(sourceKey == null ? "" : sourceKey);
        source.set(image);
        rebuildInput();
    }

    public void loadSample(Samples.Sample s) {
        loadAsync(s.title(), "sample:" + s.id(), () -> Samples.load(s), null);
    }

    /** Decodes a file off the FX thread; on failure a notice names the file and the previous image stays. */
    public void loadFile(Path file) {
        loadAsync(file.getFileName().toString(), "file:" + file.toAbsolutePath(), () -> ImageDecoder.read(file), file);
    }

    /** Brings back an autosaved pasted image (not added to the recent files). */
    public void restorePasted(Path file) {
        loadAsync("pasted image", "pasted", () -> ImageDecoder.read(file), null);
    }

    /** An image from the clipboard or a drop, as ARGB pixels (converted off the FX thread). */
    public void loadPixels(String name, int[] argb, int w, int h) {
        loadAsync(name, "pasted", () -> ImageDecoder.fromArgb(argb, w, h), null);
    }

    private interface Loader { Tensor load() throws IOException; }

    private void loadAsync(String name, String key, Loader loader, Path file) {
        busy.set(true);
        compute.submitLatest("workbench-load", loader::load, t -> {
            busy.set(false);
            setImage(name, key, t);
            if (file != null) remember(file.toAbsolutePath().toString());
        }, e -> {
            busy.set(false);
            if (file != null) recentFiles.remove(file.toAbsolutePath().toString());
            notify("Could not open " + name, org.convlab.ui.core.UserMessages.of(e));
            if (source.get() == null && !key.startsWith("sample:")) loadSample(Samples.ALL.get(0));
        });
    }

    private void remember(String path) {
        recentFiles.remove(path);
        recentFiles.add(0, path);
        while (recentFiles.size() > MAX_RECENT) recentFiles.remove(recentFiles.size() - 1);
    }

    public void notify(String title, String text) {
        notice.set(new Notice(title, text, ++noticeSeq));
    }

    /** Runs the current settings on the full-size image (only differs from the preview for large images). */
    public void computeFullSize() {
        Tensor full = source.get();
        if (full == null) return;
        boolean grey = grayscale.get();
        // the grey conversion of the full image runs off the FX thread, like the preview's
        compute.submitLatest("workbench-full", () -> grey ? ImageDecoder.grey(full) : full, t -> run(t, true),
                e -> notify("Could not prepare the image", org.convlab.ui.core.UserMessages.of(e)));
    }

    /** Uses the offered padding (explicit, half the dilated kernel) in place of 'same' with stride > 1. */
    public void acceptOfferedPadding() {
        int p = offeredPadding.get();
        if (p < 0) return;
        paddingAmount.set(p);
        paddingMode.set(PaddingMode.EXPLICIT);
    }

    /** Half the dilated kernel extent, when 'same' is asked for with a stride above 1; else −1. */
    int samePaddingOffer() {
        if (paddingMode.get() != PaddingMode.SAME || stride.get() <= 1) return -1;
        KernelBank b = bank.get();
        int k = b == null ? 3 : Math.max(b.kernel().kernelHeight(), b.kernel().kernelWidth());
        return dilation.get() * (k - 1) / 2;
    }

    public void recompute() {
        if (input.get() != null) run(input.get(), false);
    }

    // ---- derived values ------------------------------------------------------------------

    /** The spec from stride, padding and dilation (throws ShapeException for impossible combinations). */
    public ConvSpec spec() {
        Padding p = switch (paddingMode.get()) {
            case SAME -> Padding.same();
            case VALID -> Padding.valid();
            case EXPLICIT -> Padding.of(paddingAmount.get());
        };
        return new ConvSpec(stride.get(), stride.get(), p, dilation.get(), dilation.get(), 1);
    }

    /**
     * The bank for an input of {@code channels} channels: the given bank when it fits, else the
     * default bank of its designed kernel for that many channels and the chosen number of filters.
     */
    public KernelBank effectiveBank(int channels) {
        KernelBank b = bank.get();
        int f = filters.get() > 0 ? filters.get() : channels;
        if (b.channels() == channels && b.filters() == f) return b;
        return KernelBank.of(b.kernel().data(), b.kernel().kernelHeight(), b.kernel().kernelWidth(), channels, f);
    }

    private void rebuildInput() {
        Tensor s = source.get();
        if (s == null) return;
        boolean grey = grayscale.get();
        int want = channels.get();
        // the grey conversion, the channel repeat and the downscale of a big image run off the FX thread
        compute.submitLatest("workbench-input", () -> {
            Tensor shown = withChannels(grey ? ImageDecoder.grey(s) : s, want);
            Tensor preview = ImageDecoder.downscale(shown, PREVIEW_MAX_SIDE);
            return new Tensor[] {shown, preview};
        }, t -> {
            Tensor preview = t[1];
            previewNote.set(preview == t[0] ? ""
                    : String.format(Locale.ROOT, "Preview at %d×%d (image is %d×%d). Full size on demand.",
                            preview.width(), preview.height(), s.width(), s.height()));
            if (viewChannel.get() >= preview.channels()) viewChannel.set(-1);
            input.set(preview);
            recompute();
        }, e -> notify("Could not prepare the image", e.getMessage() != null ? e.getMessage() : "not enough memory"));
    }

    /** {@code t} with {@code c} channels, channel k a copy of the image's channel k mod C ({@code c} ≤ 0: {@code t} itself). */
    static Tensor withChannels(Tensor t, int c) {
        if (c <= 0 || c == t.channels()) return t;
        Tensor out = new Tensor(c, t.height(), t.width());
        int n = t.height() * t.width();
        for (int k = 0; k < c; k++) System.arraycopy(t.data(), (k % t.channels()) * n, out.data(), k * n, n);
        return out;
    }

    private void run(Tensor in, boolean full) {
        final Method m = method.get();
        final int r = rank.get();
        ConvSpec sp;
        KernelBank b;
        try {
            sp = m == Method.GROUPED ? spec().withGroups(groups.get()) : spec();
            b = effectiveBank(in.channels());
        } catch (RuntimeException e) {
            fail(e, m);
            return;
        }
        equality.set(null);
        busy.set(true);
        compute.submitLatest("workbench-run", () -> {
            ConvResult res = Convolutions.run(b.request(m, in, sp, r).keepingIntermediate());
            int outC = res.output().channels();
            // the standard layer with the same kernel, stride and dilation whose output has the method's size
            Cost c = StandardComparison.cost(in.channels(), in.height(), in.width(), outC, b.kernel().kernelHeight(),
                    b.kernel().kernelWidth(), sp, res.output().height(), res.output().width());
            return new Outcome(res, c, in, b, m == Method.POINTWISE ? ConvSpec.DEFAULT : sp.withGroups(1), full, sp.groups());
        }, o -> {
            busy.set(false);
            error.set("");
            hint.set("");
            offeredPadding.set(-1);
            outcome.set(o);
            if (m == Method.GROUPED && !full) checkGroupedEnds(o);
        }, e -> {
            busy.set(false);
            fail(e, m);
        });
    }

    /** Runs {@link GroupedEquality} on the outcome's input and dense weights in the background. */
    private void checkGroupedEnds(Outcome o) {
        ConvSpec sp = o.spec();
        compute.submitLatest("workbench-grouped-ends", () -> GroupedEquality.check(o.input(), o.bank().standard(), sp),
                equality::set, e -> equality.set(null));
    }

    private void fail(Throwable e, Method m) {
        String msg = org.convlab.ui.core.UserMessages.of(e);
        error.set(msg);
        offeredPadding.set(samePaddingOffer());
        if (offeredPadding.get() >= 0) {
            hint.set(String.format(Locale.ROOT, "PyTorch allows padding 'same' only with stride 1. With stride %d, padding %d"
                    + " keeps every input pixel under a window: the output is about 1/%d the size.", stride.get(), offeredPadding.get(), stride.get()));
            outcome.set(null);
            return;
        }
        hint.set(m == Method.SPATIAL_SEPARABLE && msg.contains("not separable")
                ? "This kernel is not separable. Choose low-rank (key 6) and raise the rank until the error is 0." : "");
        outcome.set(null);
    }

    // ---- properties ----------------------------------------------------------------------

    public ObjectProperty<KernelBank> bankProperty() { return bank; }
    public ReadOnlyObjectProperty<Tensor> sourceProperty() { return source.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Tensor> inputProperty() { return input.getReadOnlyProperty(); }
    public ReadOnlyStringProperty imageNameProperty() { return imageName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty imageSourceProperty() { return imageSource.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewNoteProperty() { return previewNote.getReadOnlyProperty(); }
    public BooleanProperty grayscaleProperty() { return grayscale; }
    public ObjectProperty<Method> methodProperty() { return method; }
    public IntegerProperty rankProperty() { return rank; }
    public IntegerProperty groupsProperty() { return groups; }
    public IntegerProperty strideProperty() { return stride; }
    public IntegerProperty dilationProperty() { return dilation; }
    public ObjectProperty<PaddingMode> paddingModeProperty() { return paddingMode; }
    public IntegerProperty paddingAmountProperty() { return paddingAmount; }
    public IntegerProperty filtersProperty() { return filters; }
    public IntegerProperty channelsProperty() { return channels; }
    public ReadOnlyObjectProperty<GroupedEquality.Report> equalityProperty() { return equality.getReadOnlyProperty(); }
    public ObjectProperty<DisplayMapping.Mode> displayModeProperty() { return displayMode; }
    public IntegerProperty viewChannelProperty() { return viewChannel; }
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty hintProperty() { return hint.getReadOnlyProperty(); }
    public javafx.beans.property.ReadOnlyIntegerProperty offeredPaddingProperty() { return offeredPadding.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    public ObservableList<String> getRecentFiles() { return recentFiles; }
    /** The kernels the last {@link #apply} asked for (the kernel designer loads them). */
    public ReadOnlyObjectProperty<KernelBank> requestedKernelsProperty() { return requestedKernels.getReadOnlyProperty(); }
    public Outcome getOutcome() { return outcome.get(); }
}
