package org.convlab.ui.kernel;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.convlab.engine.KernelBank;
import org.convlab.engine.KernelPresets;
import org.convlab.engine.ShapeException;
import org.convlab.engine.Weights;

/**
 * The kernel designer's state and commands (no nodes). The workbench sets {@link #channelsProperty()}
 * and {@link #filtersProperty()} from the image and reads {@link #bankProperty()}.
 *
 * <p>The designer edits one "layer" at a time ({@link Layer}): the 2D kernel, one channel's
 * depthwise kernel, the F×C pointwise matrix, or one (f, c) slice of the standard weights. Cell
 * edits and the commands (preset, normalize, transpose, flip, scale, paste) act on the current
 * layer's grid. Every change is one undo step; invalid input throws {@link IllegalArgumentException}
 * with a message for the user and changes nothing.
 */
public final class KernelDesignerModel {
    /** The grid being edited. */
    public enum Layer { KERNEL, DEPTHWISE, POINTWISE, STANDARD }

    public static final int HISTORY_LIMIT = 200;

    private final IntegerProperty channels = new SimpleIntegerProperty(this, "channels", 3);
    private final IntegerProperty filters = new SimpleIntegerProperty(this, "filters", 3);
    private final ObjectProperty<Layer> layer = new SimpleObjectProperty<>(this, "layer", Layer.KERNEL);
    private final IntegerProperty channelIndex = new SimpleIntegerProperty(this, "channelIndex", 0);
    private final IntegerProperty filterIndex = new SimpleIntegerProperty(this, "filterIndex", 0);
    private final ReadOnlyObjectWrapper<KernelState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<KernelBank> bank = new ReadOnlyObjectWrapper<>(this, "bank");
    private final ReadOnlyObjectWrapper<Factorization> factorization = new ReadOnlyObjectWrapper<>(this, "factorization");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Deque<KernelState> undo = new ArrayDeque<>();
    private final Deque<KernelState> redo = new ArrayDeque<>();
    private boolean inGesture;

    public KernelDesignerModel() {
        state.set(KernelState.initial(KernelPresets.create("sobel-x", 3, 3, 0), 3, 3, 3, 3));
        publish();
        channels.addListener((o, a, b) -> refit());
        filters.addListener((o, a, b) -> refit());
        layer.addListener((o, a, b) -> refreshFactorization());
        channelIndex.addListener((o, a, b) -> refreshFactorization());
        filterIndex.addListener((o, a, b) -> refreshFactorization());
    }

    // ---- properties -------------------------------------------------------------------------

    /** Input channels C (from the image); 1 or more. */
    public IntegerProperty channelsProperty() { return channels; }
    /** Output filters F; 1 or more. */
    public IntegerProperty filtersProperty() { return filters; }
    /** All weights for the six methods; a new immutable-by-convention bank after every change. */
    public ReadOnlyObjectProperty<KernelBank> bankProperty() { return bank.getReadOnlyProperty(); }
    public KernelBank getBank() { return bank.get(); }
    public ReadOnlyObjectProperty<KernelState> stateProperty() { return state.getReadOnlyProperty(); }
    public KernelState getState() { return state.get(); }
    /** Factorization of the spatial slice being edited (the 2D kernel while editing pointwise). */
    public ReadOnlyObjectProperty<Factorization> factorizationProperty() { return factorization.getReadOnlyProperty(); }
    public ObjectProperty<Layer> layerProperty() { return layer; }
    /** Which channel's depthwise kernel / which column of the standard weights is shown. */
    public IntegerProperty channelIndexProperty() { return channelIndex; }
    /** Which filter of the standard weights is shown. */
    public IntegerProperty filterIndexProperty() { return filterIndex; }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** A one-line description of the last command (e.g. "normalized: values sum to 1"). */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public int getKernelHeight() { return state.get().kh(); }
    public int getKernelWidth() { return state.get().kw(); }
    /** A copy of the designed 2D kernel, row-major. */
    public float[] getKernel() { return state.get().kernel().clone(); }

    // ---- the current grid ---------------------------------------------------------------------

    public int gridRows() { return layer.get() == Layer.POINTWISE ? state.get().filters() : state.get().kh(); }
    public int gridCols() { return layer.get() == Layer.POINTWISE ? state.get().channels() : state.get().kw(); }

    /** A copy of the values of the grid being edited, row-major gridRows × gridCols. */
    public float[] gridValues() {
        KernelState s = state.get();
        return switch (layer.get()) {
            case KERNEL -> s.kernel().clone();
            case DEPTHWISE -> s.depthwise().slice(channel(), 0);
            case POINTWISE -> s.pointwise().data().clone();
            case STANDARD -> s.standard().slice(filter(), channel());
        };
    }

    public float gridValue(int row, int col) { return gridValues()[row * gridCols() + col]; }

    private int channel() { return Math.min(Math.max(0, channelIndex.get()), state.get().channels() - 1); }
    private int filter() { return Math.min(Math.max(0, filterIndex.get()), state.get().filters() - 1); }

    /** Sets one cell of the current grid. */
    public void setCell(int row, int col, float value) {
        if (!Float.isFinite(value)) throw new IllegalArgumentException("a weight must be a finite number");
        if (row < 0 || col < 0 || row >= gridRows() || col >= gridCols()) {
            throw new IllegalArgumentException("cell (" + (row + 1) + ", " + (col + 1) + ") is outside the " + gridRows() + "×" + gridCols() + " grid");
        }
        float[] v = gridValues();
        if (v[row * gridCols() + col] == value) return;
        v[row * gridCols() + col] = value;
        replaceGrid(v, gridRows(), gridCols(), null);
    }

    /** Adds {@code delta} to a cell (scroll wheel, drag), rounding to the step to avoid 0.30000001. */
    public void adjustCell(int row, int col, double delta, double step) {
        double v = gridValue(row, col) + delta;
        if (step > 0) v = Math.round(v / step) * step;
        setCell(row, col, (float) v);
    }

    /** Starts a drag: the changes until {@link #endGesture()} form one undo step. */
    public void beginGesture() {
        if (!inGesture) { pushUndo(); inGesture = true; }
    }

    public void endGesture() { inGesture = false; }

    // ---- commands -----------------------------------------------------------------------------

    /** Resizes the kernel (all spatial layers) to kh×kw, keeping overlapping values centred. */
    public void resize(int kh, int kw) {
        checkSize(kh, kw);
        KernelState s = state.get();
        if (kh == s.kh() && kw == s.kw()) return;
        int oh = s.kh(), ow = s.kw();
        commit(s.withShape(kh, kw, KernelOps.resize(s.kernel(), oh, ow, kh, kw), a -> KernelOps.resize(a, oh, ow, kh, kw)),
                "resized to " + kh + "×" + kw);
    }

    private static void checkSize(int kh, int kw) {
        if (kh < 1 || kw < 1 || kh > KernelState.MAX_SIZE || kw > KernelState.MAX_SIZE) {
            throw new IllegalArgumentException("kernel size must be 1×1 to 15×15, got " + kh + "×" + kw);
        }
    }

    /**
     * Applies a preset (an id of {@link KernelPresets#IDS}) to the current spatial grid. On the 2D
     * kernel a 3×3-only preset resizes the kernel to 3×3; on a depthwise or standard slice the
     * size must already fit. {@code param} is σ for gaussian (≤ 0: automatic) and the seed for random ones.
     */
    public void applyPreset(String id, double param) {
        if (layer.get() == Layer.POINTWISE) throw new IllegalArgumentException("presets are spatial kernels; the pointwise matrix has no presets");
        KernelState s = state.get();
        int kh = s.kh(), kw = s.kw();
        if (KernelPresets.isFixedSize(id) && (kh != 3 || kw != 3)) {
            if (layer.get() != Layer.KERNEL) {
                throw new IllegalArgumentException("preset '" + id + "' is 3×3 only; set the kernel size to 3×3 first");
            }
            kh = 3;
            kw = 3;
        }
        float[] k;
        try {
            k = KernelPresets.create(id, kh, kw, param);
        } catch (ShapeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        replaceGrid(k, kh, kw, "preset " + id + (id.equals("gaussian") ? " (σ " + (param > 0 ? param : "auto") + ")"
                : id.startsWith("random") ? " (seed " + (long) param + ")" : ""));
    }

    /** Normalizes the current grid: values sum to 1, or for zero-sum kernels Σ|v| = 1 (L1). */
    public void normalize() {
        float[] v = gridValues();
        KernelOps.Norm kind = KernelOps.normKind(v);
        replaceGrid(KernelOps.normalize(v), gridRows(), gridCols(),
                kind == KernelOps.Norm.SUM ? "normalized: values sum to 1" : "normalized (zero-sum kernel): absolute values sum to 1");
    }

    /** Transposes the current grid; a non-square 2D kernel changes shape (kH×kW → kW×kH). */
    public void transpose() {
        int r = gridRows(), c = gridCols();
        if (r != c && layer.get() != Layer.KERNEL) {
            throw new IllegalArgumentException("a non-square " + r + "×" + c + " grid can only be transposed in the 2D kernel view "
                    + "(the other layers share its size" + (layer.get() == Layer.POINTWISE ? ", and the matrix must stay F×C)" : ")"));
        }
        KernelState s = state.get();
        if (layer.get() == Layer.KERNEL && r != c) {
            commit(s.withShape(c, r, KernelOps.transpose(s.kernel(), r, c), a -> KernelOps.transpose(a, r, c)), "transposed to " + c + "×" + r);
            return;
        }
        replaceGrid(KernelOps.transpose(gridValues(), r, c), c, r, "transposed");
    }

    public void flipHorizontal() { replaceGrid(KernelOps.flipHorizontal(gridValues(), gridRows(), gridCols()), gridRows(), gridCols(), "flipped left–right"); }

    public void flipVertical() { replaceGrid(KernelOps.flipVertical(gridValues(), gridRows(), gridCols()), gridRows(), gridCols(), "flipped top–bottom"); }

    public void scale(double factor) {
        replaceGrid(KernelOps.scale(gridValues(), factor), gridRows(), gridCols(), "scaled by " + factor);
    }

    /** The current grid as text, one row per line, values separated by spaces (exact decimals). */
    public String copyText() { return KernelText.format(gridValues(), gridRows(), gridCols()); }

    public String copyNumpy() { return KernelText.formatNumpy(gridValues(), gridRows(), gridCols()); }

    /**
     * Pastes text (see {@link KernelText#parse}) into the current grid. On the 2D kernel the size
     * follows the text (up to 15×15); other layers need the current shape.
     */
    public void paste(String text) {
        float[][] rows = KernelText.parse(text);
        int r = rows.length, c = rows[0].length;
        float[] v = new float[r * c];
        for (int y = 0; y < r; y++) System.arraycopy(rows[y], 0, v, y * c, c);
        replaceGrid(v, r, c, "pasted " + r + "×" + c);
    }

    /** Standard weights back to the composition depthwise × pointwise. */
    public void recompose() { commit(state.get().recomposed(), "standard weights = depthwise × pointwise"); }

    /** Every channel's depthwise kernel back to the designed kernel. */
    public void resetDepthwise() { commit(state.get().withDepthwiseFollowing(), "depthwise kernels = the 2D kernel"); }

    public void resetPointwise() { commit(state.get().withDefaultPointwise(), "pointwise matrix reset to the default"); }

    /**
     * Loads weights of a given layer (from a file): KERNEL takes any 1×1×kH×kW; DEPTHWISE C×1×kH×kW,
     * POINTWISE F×C×1×1 and STANDARD F×C×kH×kW must match the current C, F (and kernel size).
     */
    public void load(Layer target, Weights w) {
        KernelState s = state.get();
        String shape = w.shapeString();
        switch (target) {
            case KERNEL -> {
                if (w.filters() != 1 || w.channelsPerGroup() != 1) throw new IllegalArgumentException("a 2D kernel must be 1×1×kH×kW, got " + shape);
                checkSize(w.kernelHeight(), w.kernelWidth());
                KernelState n = s.kh() == w.kernelHeight() && s.kw() == w.kernelWidth() ? s.withKernel(w.data())
                        : s.withShape(w.kernelHeight(), w.kernelWidth(), w.data(),
                                a -> KernelOps.resize(a, s.kh(), s.kw(), w.kernelHeight(), w.kernelWidth()));
                commit(n, "loaded a " + w.kernelHeight() + "×" + w.kernelWidth() + " kernel");
            }
            case DEPTHWISE -> {
                expect(w, s.channels(), 1, s.kh(), s.kw(), "depthwise");
                KernelState n = s;
                for (int c = 0; c < s.channels(); c++) n = n.withDepthwiseSlice(c, w.slice(c, 0));
                commit(n, "loaded depthwise " + shape);
            }
            case POINTWISE -> {
                expect(w, s.filters(), s.channels(), 1, 1, "pointwise");
                commit(s.withPointwise(w.data()), "loaded pointwise " + shape);
            }
            case STANDARD -> {
                expect(w, s.filters(), s.channels(), s.kh(), s.kw(), "standard");
                KernelState n = s;
                for (int f = 0; f < s.filters(); f++) for (int c = 0; c < s.channels(); c++) n = n.withStandardSlice(f, c, w.slice(f, c));
                commit(n, "loaded standard " + shape);
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * Loads several layers (from one file) as one undo step: the 2D kernel first (it sets the
     * size), then the others. If any block does not fit, nothing changes and the message names
     * {@code source} and the block.
     */
    public void loadAll(java.util.Map<Layer, Weights> layers, String source) {
        KernelState before = state.get();
        int undoSize = undo.size();
        beginGesture();
        try {
            for (Layer l : Layer.values()) {
                Weights w = layers.get(l);
                if (w != null) load(l, w);
            }
        } catch (IllegalArgumentException e) {
            endGesture();
            while (undo.size() > undoSize) undo.pop();
            state.set(before);
            publish();
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        endGesture();
        status.set("loaded " + source);
    }

    private static void expect(Weights w, int f, int c, int kh, int kw, String what) {
        if (w.filters() != f || w.channelsPerGroup() != c || w.kernelHeight() != kh || w.kernelWidth() != kw) {
            throw new IllegalArgumentException("the " + what + " weights here are " + f + "×" + c + "×" + kh + "×" + kw
                    + " but the file has " + w.shapeString());
        }
    }

    /** The whole design as file blocks: the 2D kernel plus the layers that no longer follow it. */
    public java.util.Map<org.convlab.io.KernelFile.Kind, Weights> designBlocks() {
        var blocks = new java.util.EnumMap<org.convlab.io.KernelFile.Kind, Weights>(org.convlab.io.KernelFile.Kind.class);
        KernelState s = state.get();
        blocks.put(org.convlab.io.KernelFile.Kind.KERNEL, layerWeights(Layer.KERNEL));
        if (!s.depthwiseFollows()) blocks.put(org.convlab.io.KernelFile.Kind.DEPTHWISE, layerWeights(Layer.DEPTHWISE));
        if (s.pointwiseCustom()) blocks.put(org.convlab.io.KernelFile.Kind.POINTWISE, layerWeights(Layer.POINTWISE));
        if (s.standardCustom()) blocks.put(org.convlab.io.KernelFile.Kind.STANDARD, layerWeights(Layer.STANDARD));
        return blocks;
    }

    /** The weights of one layer, whole (for saving). */
    public Weights layerWeights(Layer which) {
        KernelState s = state.get();
        return switch (which) {
            case KERNEL -> new Weights(1, 1, s.kh(), s.kw(), s.kernel().clone());
            case DEPTHWISE -> s.depthwise().copy();
            case POINTWISE -> s.pointwise().copy();
            case STANDARD -> s.standard().copy();
        };
    }

    public void undo() {
        if (undo.isEmpty()) return;
        redo.push(state.get());
        state.set(undo.pop().fit(channels.get(), filters.get()));
        status.set("undo");
        publish();
    }

    public void redo() {
        if (redo.isEmpty()) return;
        undo.push(state.get());
        state.set(redo.pop().fit(channels.get(), filters.get()));
        status.set("redo");
        publish();
    }

    // ---- internals ----------------------------------------------------------------------------

    /** Replaces the current grid by v (r×c); the 2D kernel may change shape, other layers may not. */
    private void replaceGrid(float[] v, int r, int c, String what) {
        KernelState s = state.get();
        KernelState n;
        switch (layer.get()) {
            case KERNEL -> {
                if (r == s.kh() && c == s.kw()) n = s.withKernel(v);
                else {
                    checkSize(r, c);
                    n = s.withShape(r, c, v, a -> KernelOps.resize(a, s.kh(), s.kw(), r, c));
                }
            }
            case DEPTHWISE -> { needShape(r, c, s.kh(), s.kw(), "a depthwise kernel"); n = s.withDepthwiseSlice(channel(), v); }
            case POINTWISE -> { needShape(r, c, s.filters(), s.channels(), "the F×C pointwise matrix"); n = s.withPointwise(v); }
            case STANDARD -> { needShape(r, c, s.kh(), s.kw(), "a standard slice"); n = s.withStandardSlice(filter(), channel(), v); }
            default -> throw new IllegalStateException();
        }
        commit(n, what);
    }

    private static void needShape(int r, int c, int er, int ec, String what) {
        if (r != er || c != ec) throw new IllegalArgumentException(what + " is " + er + "×" + ec + " here, but got " + r + "×" + c
                + (what.contains("pointwise") ? "" : " (change the size in the 2D kernel view)"));
    }

    private void commit(KernelState next, String what) {
        if (!inGesture) pushUndo();
        redo.clear();
        state.set(next);
        if (what != null) status.set(what);
        publish();
    }

    private void pushUndo() {
        undo.push(state.get());
        while (undo.size() > HISTORY_LIMIT) undo.removeLast();
    }

    private void refit() {
        int c = Math.max(1, channels.get()), f = Math.max(1, filters.get());
        state.set(state.get().fit(c, f));
        publish();
    }

    private void publish() {
        bank.set(state.get().bank());
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        refreshFactorization();
    }

    private void refreshFactorization() {
        KernelState s = state.get();
        float[] slice = switch (layer.get()) {
            case KERNEL, POINTWISE -> s.kernel();
            case DEPTHWISE -> s.depthwise().slice(channel(), 0);
            case STANDARD -> s.standard().slice(filter(), channel());
        };
        factorization.set(Factorization.of(slice, s.kh(), s.kw()));
    }
}
