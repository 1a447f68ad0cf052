package dev.pantherkernel.kernel.render.picture;

/** A rectangle of the picture, in pixels from its top left corner. */
record Box(double left, double top, double right, double bottom) {

    double width() {
        return right - left;
    }

    double height() {
        return bottom - top;
    }
}
