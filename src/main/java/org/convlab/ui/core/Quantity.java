package org.convlab.ui.core;

/** Quantities a screen can show that a lesson question may ask the student to predict first. */
public enum Quantity {
    MULTIPLIES, ADDITIONS, PARAMETERS, OUTPUT_SIZE, RATIO, KERNEL_ERROR, OUTPUT_VALUES, RANK, ACCURACY
}
