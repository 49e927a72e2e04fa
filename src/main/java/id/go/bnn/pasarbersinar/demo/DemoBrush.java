package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoFabrics.alpha;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.c;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.mix;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.ColorSpaceType;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/** The brushes every drawing shares: fills, shading, folds, fringes, wood grain and contact shadows. */
final class DemoBrush {

    static final Color WOOD = c(0x9a6a3f);
    static final Color LEATHER = c(0x5a3522);
    static final Color METAL = c(0xb9b4ab);
    static final Color GOLD = c(0xd6a941);
    static final Color SKIN = c(0xe9dccb);

    private DemoBrush() {
    }

    static void woodSurface(Graphics2D g, Shape shape) {
        Rectangle2D b = shape.getBounds2D();
        g.setPaint(new GradientPaint(0, (float) b.getMinY(), mix(WOOD, Color.WHITE, 0.25), 0, (float) b.getMaxY(), WOOD));
        g.fill(shape);
        Shape clip = g.getClip();
        g.clip(shape);
        g.setStroke(new BasicStroke(2f));
        for (double y = b.getMinY(); y < b.getMaxY(); y += 9) {
            g.setColor(alpha(Color.BLACK, (int) (10 + (y * 7919) % 20)));
            g.draw(new QuadCurve2D.Double(b.getMinX(), y, b.getCenterX(), y + 5 * Math.sin(y), b.getMaxX(), y));
        }
        g.setClip(clip);
    }

    static void fill(Graphics2D g, Shape shape, Paint paint) {
        g.setPaint(paint);
        g.fill(shape);
    }

    /** Light from the upper left: a soft highlight there, a deeper tone towards the lower right and a thin outline. */
    static void shade(Graphics2D g, Shape shape, int light, int dark) {
        Rectangle2D b = shape.getBounds2D();
        Shape clip = g.getClip();
        g.clip(shape);
        g.setPaint(new LinearGradientPaint((float) b.getMinX(), (float) b.getMinY(), (float) b.getMaxX(), (float) b.getMaxY(),
                new float[] {0f, 0.45f, 1f}, new Color[] {new Color(255, 250, 240, light), new Color(0, 0, 0, 0), new Color(30, 15, 5, dark)}));
        g.fill(b);
        g.setClip(clip);
        g.setColor(new Color(30, 15, 5, 60));
        g.setStroke(new BasicStroke(2f));
        g.draw(shape);
    }

    /** Round things are lit from the left: a bright band a third of the way across, darker at both sides. */
    static void cylinderShade(Graphics2D g, Shape shape, double left, double right) {
        Shape clip = g.getClip();
        g.clip(shape);
        g.setPaint(new LinearGradientPaint((float) left, 0, (float) right, 0, new float[] {0f, 0.28f, 0.55f, 0.85f, 1f},
                new Color[] {new Color(0, 0, 0, 110), new Color(255, 255, 255, 70), new Color(0, 0, 0, 0), new Color(0, 0, 0, 80),
                        new Color(0, 0, 0, 140)}));
        g.fill(shape.getBounds2D());
        g.setClip(clip);
    }

    /** Hanging cloth falls in folds: soft vertical bands of shadow and light of uneven width. */
    static void folds(Graphics2D g, Shape shape, Random random, int count, int strength) {
        Rectangle2D b = shape.getBounds2D();
        Shape clip = g.getClip();
        g.clip(shape);
        double x = b.getMinX();
        double width = b.getWidth() / count;
        for (int i = 0; i < count; i++) {
            double w = width * (0.7 + random.nextDouble() * 0.6);
            g.setPaint(new LinearGradientPaint((float) x, 0, (float) (x + w), 0, new float[] {0f, 0.35f, 0.7f, 1f},
                    new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, strength), new Color(255, 255, 255, strength / 2),
                            new Color(0, 0, 0, 0)}));
            g.fill(new Rectangle2D.Double(x, b.getMinY(), w, b.getHeight()));
            x += w;
        }
        g.setClip(clip);
    }

    static void fringe(Graphics2D g, double x0, double x1, double y, Color colour, double length) {
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int i = 0;
        for (double x = x0; x <= x1; x += 9, i++) {
            g.setColor(i % 2 == 0 ? colour : mix(colour, Color.WHITE, 0.25));
            g.draw(new QuadCurve2D.Double(x, y, x + 3, y + length / 2, x - 1 + (i % 3), y + length - (i % 4) * 3));
        }
    }

    /** A soft contact shadow: an ellipse that fades out from its centre. */
    static void shadow(Graphics2D g, double cx, double cy, double rx, double ry, int strength) {
        AffineTransform transform = new AffineTransform();
        transform.translate(cx, cy);
        transform.scale(rx, ry);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(0, 0), 1f, new Point2D.Double(0, 0), new float[] {0f, 0.55f, 1f},
                new Color[] {new Color(50, 32, 18, strength), new Color(50, 32, 18, strength / 3), new Color(50, 32, 18, 0)},
                CycleMethod.NO_CYCLE, ColorSpaceType.SRGB, transform));
        g.fill(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
    }
}
