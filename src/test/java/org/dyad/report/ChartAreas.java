package org.dyad.report;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Where a PDF draws its charts (each SVG chart becomes a form XObject) and what the rendered page
 * shows there: a test can then check that a chart's area is not blank and carries its series' colours.
 */
final class ChartAreas {

    static final int DPI = 72;

    /** A chart's area on a page, in pixels of the page rendered at {@link #DPI}, with that rendering. */
    record Area(int page, Rectangle2D box, BufferedImage image) {

        /** Share of the area's pixels that are not white. */
        double ink() {
            long ink = 0;
            long all = 0;
            for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
                for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
                    all++;
                    if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        ink++;
                    }
                }
            }
            return all == 0 ? 0 : (double) ink / all;
        }

        /** Pixels in the area within {@code tolerance} (per channel) of {@code rgb}. */
        long pixelsOf(int rgb, int tolerance) {
            long n = 0;
            for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
                for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
                    int p = image.getRGB(x, y);
                    if (Math.abs((p >> 16 & 0xFF) - (rgb >> 16 & 0xFF)) <= tolerance
                            && Math.abs((p >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) <= tolerance
                            && Math.abs((p & 0xFF) - (rgb & 0xFF)) <= tolerance) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    private ChartAreas() {
    }

    static List<Area> of(PDDocument pdf) throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            Finder finder = new Finder();
            finder.processPage(pdf.getPage(i));
            if (finder.boxes.isEmpty()) {
                continue;
            }
            BufferedImage image = renderer.renderImageWithDPI(i, DPI);
            float height = pdf.getPage(i).getMediaBox().getHeight();
            for (Rectangle2D b : finder.boxes) {
                // PDF space grows upwards, the image downwards; clip to the image
                Rectangle2D box = new Rectangle2D.Double(b.getMinX(), height - b.getMaxY(), b.getWidth(), b.getHeight())
                        .createIntersection(new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()));
                areas.add(new Area(i + 1, box, image));
            }
        }
        return areas;
    }

    /** Records the page box of every form drawn at the top level of a page. */
    private static final class Finder extends PDFStreamEngine {

        final List<Rectangle2D> boxes = new ArrayList<>();

        Finder() {
            addOperator(new DrawObject(this));
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        @Override
        public void showForm(PDFormXObject form) {
            Matrix m = form.getMatrix().multiply(getGraphicsState().getCurrentTransformationMatrix());
            PDRectangle b = form.getBBox();
            Rectangle2D box = null;
            for (float[] corner : new float[][] {{b.getLowerLeftX(), b.getLowerLeftY()}, {b.getUpperRightX(), b.getUpperRightY()},
                    {b.getLowerLeftX(), b.getUpperRightY()}, {b.getUpperRightX(), b.getLowerLeftY()}}) {
                Point2D.Float p = m.transformPoint(corner[0], corner[1]);
                if (box == null) {
                    box = new Rectangle2D.Double(p.x, p.y, 0, 0);
                } else {
                    box.add(p);
                }
            }
            boxes.add(box);
        }
    }
}
