package org.convlab.ui.kernel;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.convlab.io.DisplayMapping;
import org.convlab.ui.core.Palette;
import org.convlab.ui.core.Theme;

/**
 * A fast grid of numbers drawn on one Canvas (a 15×15 kernel is one draw call per cell, no
 * controls), coloured by the diverging map, with an inline TextField editor.
 *
 * <p>Editing (when editable): click selects; type a number, Enter or F2 to edit (Enter commits,
 * Esc cancels, Tab/arrows commit and move); arrow keys move; scroll wheel adds ±0.1 (Shift ±0.01);
 * drag up/down changes the value by 0.01 per pixel (Shift 0.001); Delete sets 0.
 */
public final class KernelGrid extends Pane {
    public static final String STYLE_CLASS = "kernel-grid";
    public static final String EDITOR_STYLE_CLASS = "kernel-grid-editor";

    /** What the grid reports back to its owner. */
    public interface Editor {
        void set(int row, int col, float value);
        void adjust(int row, int col, double delta, double step);
        void beginGesture();
        void endGesture();
    }

    private final Canvas canvas = new Canvas();
    private final TextField field = new TextField();
    private final boolean editable;
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(this, "selectedRow", 0);
    private final IntegerProperty selectedCol = new SimpleIntegerProperty(this, "selectedCol", 0);
    private Editor editor;
    private float[] values = new float[1];
    private int rows = 1;
    private int cols = 1;
    private double cell;
    private double maxCell;
    private double minCell;
    private double widthBudget = Double.MAX_VALUE;
    private double dragStartY;
    private float dragStartValue;
    private boolean dragging;
    private Palette palette = Theme.LIGHT.palette();

    public KernelGrid(boolean editable, double minCell, double maxCell) {
        this.editable = editable;
        this.minCell = minCell;
        this.maxCell = maxCell;
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        field.getStyleClass().add(EDITOR_STYLE_CLASS);
        field.setVisible(false);
        field.setManaged(false);
        getChildren().add(field);
        if (editable) {
            setFocusTraversable(true);
            addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
            addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            addEventHandler(MouseEvent.MOUSE_RELEASED, e -> { if (dragging) { dragging = false; editor.endGesture(); } });
            addEventHandler(ScrollEvent.SCROLL, this::scrolled);
            addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
            addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKey);
            field.focusedProperty().addListener((o, was, now) -> { if (!now && field.isVisible()) commitEditor(); });
        }
        selectedRow.addListener(o -> draw());
        selectedCol.addListener(o -> draw());
        focusedProperty().addListener(o -> draw());
    }

    public void setEditor(Editor editor) { this.editor = editor; }

    /** The theme's colours for the lines and the selection (cells keep the diverging map of the values). */
    public void setPalette(Palette p) {
        palette = p;
        draw();
    }
    public IntegerProperty selectedRowProperty() { return selectedRow; }
    public IntegerProperty selectedColProperty() { return selectedCol; }
    public boolean isEditing() { return field.isVisible(); }

    /** The largest cell size; the grid shrinks cells for many rows/columns so a 15×15 fits. */
    public void setCellRange(double min, double max) { minCell = min; maxCell = max; setData(values, rows, cols); }

    /** The width the grid may take: cells shrink (not below the minimum) so a 15×15 fits. */
    public void setWidthBudget(double px) { widthBudget = px; setData(values, rows, cols); }

    public void setData(float[] v, int r, int c) {
        values = v.clone();
        rows = r;
        cols = c;
        double fit = Math.min(maxCell * 7 / Math.max(7, Math.max(r, c)), (widthBudget - 1) / Math.max(r, c));
        cell = Math.max(minCell, Math.min(maxCell, Math.floor(fit)));
        canvas.setWidth(c * cell + 1);
        canvas.setHeight(r * cell + 1);
        setPrefSize(canvas.getWidth(), canvas.getHeight());
        setMinSize(canvas.getWidth(), canvas.getHeight());
        setMaxSize(canvas.getWidth(), canvas.getHeight());
        if (selectedRow.get() >= r) selectedRow.set(r - 1);
        if (selectedCol.get() >= c) selectedCol.set(c - 1);
        draw();
    }

    public double cellSize() { return cell; }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        float m = DisplayMapping.maxAbs(values, 0, values.length);
        g.setFont(Font.font("System", FontWeight.BOLD, Math.max(11, Math.min(22, cell * 0.32))));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float v = values[y * cols + x];
                int argb = DisplayMapping.diverging(m == 0 ? 0 : v / m);
                Color bg = Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
                g.setFill(bg);
                g.fillRect(x * cell, y * cell, cell, cell);
                g.setFill(Palette.textOn(bg));
                g.fillText(KernelText.compact(v), x * cell + cell / 2, y * cell + cell / 2, cell - 4);
            }
        }
        g.setStroke(palette.mutedText());
        g.setLineWidth(1);
        for (int y = 0; y <= rows; y++) g.strokeLine(0.5, y * cell + 0.5, cols * cell + 0.5, y * cell + 0.5);
        for (int x = 0; x <= cols; x++) g.strokeLine(x * cell + 0.5, 0.5, x * cell + 0.5, rows * cell + 0.5);
        if (editable) {
            // a ring in the theme's background colour under the selection ring: visible on any cell colour
            double sx = selectedCol.get() * cell, sy = selectedRow.get() * cell;
            g.setStroke(palette.background());
            g.setLineWidth(5);
            g.strokeRect(sx + 2.5, sy + 2.5, cell - 4, cell - 4);
            g.setStroke(isFocused() || isEditing() ? palette.accent() : palette.text());
            g.setLineWidth(3);
            g.strokeRect(sx + 2.5, sy + 2.5, cell - 4, cell - 4);
        }
    }

    private boolean cellAt(double px, double py) {
        int x = (int) (px / cell), y = (int) (py / cell);
        if (px < 0 || py < 0 || x >= cols || y >= rows) return false;
        selectedRow.set(y);
        selectedCol.set(x);
        return true;
    }

    private float selectedValue() { return values[selectedRow.get() * cols + selectedCol.get()]; }

    private void pressed(MouseEvent e) {
        e.consume(); // keep the press from enclosing scroll panes, which would take the focus
        if (isEditing()) commitEditor();
        requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || !cellAt(e.getX(), e.getY())) return;
        if (e.getClickCount() == 2) { startEditor(KernelText.exact(selectedValue())); return; }
        dragStartY = e.getY();
        dragStartValue = selectedValue();
    }

    private void dragged(MouseEvent e) {
        e.consume();
        if (isEditing() || e.getButton() != MouseButton.PRIMARY) return;
        double dy = dragStartY - e.getY();
        if (!dragging && Math.abs(dy) < 4) return;
        if (!dragging) { dragging = true; editor.beginGesture(); }
        double step = e.isShiftDown() ? 0.001 : 0.01;
        double target = Math.round((dragStartValue + dy * step) / step) * step;
        editor.set(selectedRow.get(), selectedCol.get(), (float) target);
    }

    /**
     * The wheel edits only the selected cell of a grid that has the keyboard focus (clicked or
     * tabbed into) and only while the pointer is on that cell; otherwise the event goes on, so
     * scrolling the side panel past the grid never changes a weight.
     */
    private void scrolled(ScrollEvent e) {
        double d = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (d == 0 || !isFocused() || isEditing()) return;
        int x = (int) (e.getX() / cell), y = (int) (e.getY() / cell);
        if (e.getX() < 0 || e.getY() < 0 || y != selectedRow.get() || x != selectedCol.get()) return;
        double step = e.isShiftDown() ? 0.01 : 0.1;
        editor.adjust(selectedRow.get(), selectedCol.get(), Math.signum(d) * step, step);
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (isEditing()) return;
        KeyCode k = e.getCode();
        boolean moved = switch (k) {
            case UP -> move(-1, 0);
            case DOWN -> move(1, 0);
            case LEFT -> move(0, -1);
            case RIGHT -> move(0, 1);
            default -> false;
        };
        if (moved) { e.consume(); return; }
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        if (plain && (k.isDigitKey() || k == KeyCode.MINUS || k == KeyCode.SUBTRACT || k == KeyCode.PERIOD || k == KeyCode.DECIMAL
                || k == KeyCode.PLUS || k == KeyCode.ADD)) {
            e.consume(); // the KEY_TYPED that follows opens the editor; window shortcuts (e.g. 1–6) must not see these
            return;
        }
        if (k == KeyCode.ENTER || k == KeyCode.F2) { startEditor(KernelText.exact(selectedValue())); e.consume(); }
        else if (k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) { editor.set(selectedRow.get(), selectedCol.get(), 0f); e.consume(); }
        else if (k == KeyCode.TAB && !e.isControlDown()) { move(0, e.isShiftDown() ? -1 : 1); e.consume(); }
    }

    private void keyTyped(KeyEvent e) {
        if (isEditing() || e.isControlDown() || e.isMetaDown() || e.isAltDown()) return;
        String ch = e.getCharacter();
        if (ch.length() == 1 && "0123456789-.+\u2212".contains(ch)) { startEditor(ch); e.consume(); }
    }

    private boolean move(int dy, int dx) {
        selectedRow.set(Math.max(0, Math.min(rows - 1, selectedRow.get() + dy)));
        selectedCol.set(Math.max(0, Math.min(cols - 1, selectedCol.get() + dx)));
        return true;
    }

    private void startEditor(String text) {
        field.setText(text);
        field.resizeRelocate(selectedCol.get() * cell, selectedRow.get() * cell + cell / 2 - 18, Math.max(cell, 80), 36);
        field.setVisible(true);
        field.requestFocus();
        field.end();
        draw();
    }

    private void editorKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> { commitEditor(); e.consume(); }
            case ESCAPE -> { closeEditor(); e.consume(); }
            case TAB -> { if (commitEditor()) move(0, e.isShiftDown() ? -1 : 1); e.consume(); }
            case UP, DOWN -> { if (commitEditor()) move(e.getCode() == KeyCode.UP ? -1 : 1, 0); e.consume(); }
            default -> { }
        }
    }

    /** Commits the editor's text; a bad number keeps the editor open and marks it. */
    private boolean commitEditor() {
        String t = field.getText().strip().replace('\u2212', '-').replace(',', '.');
        float v;
        try {
            v = Float.parseFloat(t);
            if (!Float.isFinite(v) || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) throw new NumberFormatException();
        } catch (NumberFormatException ex) {
            if (!field.getStyleClass().contains("error")) field.getStyleClass().add("error");
            return false;
        }
        int r = selectedRow.get(), c = selectedCol.get();
        closeEditor();
        editor.set(r, c, v);
        return true;
    }

    private void closeEditor() {
        field.getStyleClass().remove("error");
        field.setVisible(false);
        requestFocus();
        draw();
    }
}
