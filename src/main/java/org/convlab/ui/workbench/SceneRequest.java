package org.convlab.ui.workbench;

import org.convlab.engine.ConvSpec;
import org.convlab.engine.KernelBank;
import org.convlab.engine.Method;
import org.convlab.engine.Tensor;

/**
 * A whole scene for the Workbench at once (e.g. a lesson step opened there): the image, the
 * geometry, the kernels and the method. Another screen sends it to {@link WorkbenchModel#apply};
 * the kernel designer follows {@link WorkbenchModel#requestedKernelsProperty()}.
 *
 * @param imageName what the image panel calls it
 * @param image     values in [0, 1]
 * @param spec      stride, dilation and padding
 * @param bank      the kernels (and the pointwise mixing, when the method has one)
 * @param method    the method shown
 * @param rank      low-rank terms (at least 1)
 */
public record SceneRequest(String imageName, Tensor image, ConvSpec spec, KernelBank bank, Method method, int rank) {
}
