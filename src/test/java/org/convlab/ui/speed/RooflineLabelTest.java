package org.convlab.ui.speed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roofline's point labels go where they overlap nothing drawn so far, when there is such a place. */
class RooflineLabelTest {
    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    @Test
    void aLabelGoesRightOfItsPointWhenThatIsFree() {
        assertArrayEquals(new double[] {108, 95}, RooflineCanvas.labelPlace(100, 100, 50, 10, 1, List.of(), 0, 0, 400, 400), 1e-9);
    }

    @Test
    void crowdedPointsGetLabelsThatDoNotOverlap() {
        List<double[]> taken = new ArrayList<>();
        double[][] points = {{200, 200}, {206, 202}, {212, 199}, {203, 205}, {209, 196}};
        for (double[] p : points) taken.add(new double[] {p[0] - 7, p[1] - 7, p[0] + 7, p[1] + 7});
        for (double[] p : points) {
            double[] at = RooflineCanvas.labelPlace(p[0], p[1], 60, 12, 1, taken, 0, 0, 400, 400);
            double[] box = {at[0], at[1], at[0] + 60, at[1] + 12};
            for (double[] o : taken) assertTrue(!overlaps(box, o), "label of " + p[0] + "," + p[1] + " overlaps something");
            taken.add(box);
        }
    }
}
