package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoFabrics.alpha;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.c;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.mix;

import id.go.bnn.pasarbersinar.demo.DemoObjects.Look;
import id.go.bnn.pasarbersinar.demo.DemoPictures.Kind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where a demo product is photographed ({@link DemoPictures}): the studio's paper backdrop, the room with its window,
 * table and plant, and the vignette over every photo. The evening sets are dimmer, for lamps.
 */
final class DemoSets {

    /** What hangs (on a wall, from the ceiling, on a hanger) is shown higher up in the room. */
    private static final Set<Kind> HANGS = EnumSet.of(Kind.WALL_HANGING, Kind.PENDANT_LAMP, Kind.SHIRT, Kind.TSHIRT, Kind.BLOUSE,
            Kind.VEST, Kind.OUTER, Kind.KEY_RING);

    private DemoSets() {
    }

    /** Backdrops and the vignette are the same for many photos: drawn once, then copied. */
    private static final Map<String, BufferedImage> BACKGROUNDS = new ConcurrentHashMap<>();

    static void studio(Graphics2D g, Color backdrop, boolean evening) {
        paste(g, "studio" + backdrop.getRGB() + evening, BufferedImage.TYPE_INT_RGB, layer -> studioBackdrop(layer, backdrop, evening));
    }

    static void vignette(Graphics2D g) {
        paste(g, "vignette", BufferedImage.TYPE_INT_ARGB, DemoSets::vignetteOverlay);
    }

    private static void paste(Graphics2D g, String key, int type, Consumer<Graphics2D> painter) {
        BufferedImage layer = BACKGROUNDS.computeIfAbsent(key, k -> {
            BufferedImage image = new BufferedImage(DemoPictures.SIZE, DemoPictures.SIZE, type);
            Graphics2D lg = image.createGraphics();
            try {
                lg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                lg.scale(DemoPictures.SIZE / 1000.0, DemoPictures.SIZE / 1000.0);
                painter.accept(lg);
            } finally {
                lg.dispose();
            }
            return image;
        });
        AffineTransform saved = g.getTransform();
        g.setTransform(new AffineTransform());
        g.drawImage(layer, 0, 0, null);
        g.setTransform(saved);
    }

    /** A seamless paper backdrop: light behind the object, a gentle turn into the floor. */
    private static void studioBackdrop(Graphics2D g, Color backdrop, boolean evening) {
        Color base = evening ? mix(backdrop, c(0x5a4636), 0.55) : backdrop;
        g.setPaint(new LinearGradientPaint(0, 0, 0, 1000, new float[] {0f, 0.6f, 0.78f, 1f},
                new Color[] {mix(base, Color.WHITE, 0.35), base, mix(base, Color.BLACK, 0.06), mix(base, Color.BLACK, 0.12)}));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(420, 360), 620, new float[] {0f, 1f},
                new Color[] {new Color(255, 252, 245, evening ? 40 : 110), new Color(255, 252, 245, 0)}));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
    }

    private static void vignetteOverlay(Graphics2D g) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 480), 760, new float[] {0f, 0.7f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(20, 10, 0, 10), new Color(20, 10, 0, 55)}));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
    }

    /** The product in a simple room: a wall lit from a window, a wooden table, a plant. */
    static void room(Graphics2D g, Look look, Color backdrop, boolean evening) {
        paste(g, "room" + backdrop.getRGB() + evening, BufferedImage.TYPE_INT_RGB, layer -> roomBackdrop(layer, backdrop, evening));
        placeInRoom(g, look);
    }

    private static void roomBackdrop(Graphics2D g, Color backdrop, boolean evening) {
        Color wall = evening ? mix(backdrop, c(0x4a3a2e), 0.6) : mix(backdrop, c(0xd8c8b0), 0.3);
        g.setPaint(new GradientPaint(0, 0, mix(wall, Color.WHITE, 0.2), 0, 720, wall));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
        if (!evening) {
            Path2D window = new Path2D.Double();
            window.moveTo(80, 60);
            window.lineTo(360, 60);
            window.lineTo(470, 640);
            window.lineTo(190, 640);
            window.closePath();
            g.setColor(new Color(255, 253, 245, 55));
            g.fill(window);
            g.setColor(alpha(wall.darker(), 60));
            g.setStroke(new BasicStroke(14f));
            g.draw(new java.awt.geom.Line2D.Double(220, 60, 330, 640));
        }
        Rectangle2D table = new Rectangle2D.Double(0, 760, 1000, 240);
        DemoBrush.woodSurface(g, table);
        g.setPaint(new GradientPaint(0, 752, new Color(0, 0, 0, 0), 0, 770, new Color(40, 20, 5, 70)));
        g.fill(new Rectangle2D.Double(0, 752, 1000, 18));
    }

    private static void placeInRoom(Graphics2D g, Look look) {
        Kind kind = look.kind();
        if (kind == Kind.CLOTH || kind == Kind.SHAWL || kind == Kind.RUNNER) {
            DemoCloths.foldedStack(g, look.fabric(), look.second(), 430, 880, 520);
            plant(g, 820, 860);
            return;
        }
        if (kind == Kind.DRUM_CHAIR) {
            Color[] colours = {DemoBrush.WOOD, look.paint(), c(0x2e6da4), c(0xe0a82e)};
            for (int i = 3; i >= 1; i--) {
                AffineTransform saved = g.getTransform();
                g.translate(i == 1 ? 0 : (i - 2.5) * 600, i == 1 ? 60 : 10);
                double s = i == 1 ? 1.0 : 0.7;
                g.translate(500, 830);
                g.scale(s, s);
                g.translate(-500, -830);
                DemoDrums.drumChair(g, look, 500, colours[i]);
                g.setTransform(saved);
            }
            return;
        }
        boolean hangs = HANGS.contains(kind);
        AffineTransform saved = g.getTransform();
        double scale = hangs ? 0.8 : 0.68;
        g.translate(hangs ? 430 : 410, hangs ? 380 : 880);
        g.scale(scale, scale);
        g.translate(-500, hangs ? -500 : -830);
        DemoObjects.draw(g, look);
        g.setTransform(saved);
        plant(g, 820, 860);
    }

    private static void plant(Graphics2D g, double x, double y) {
        DemoBrush.shadow(g, x, y, 100, 16, 120);
        Random random = new Random((long) x * 31 + (long) y);
        for (int k = 0; k < 9; k++) {
            double angle = -Math.PI / 2 + (k - 4) * 0.26;
            double length = 120 + random.nextInt(80);
            AffineTransform saved = g.getTransform();
            g.translate(x, y - 110);
            g.rotate(angle);
            g.setPaint(new GradientPaint(0, -14, c(0x7fb069), 0, 14, c(0x355e3b)));
            g.fill(new Ellipse2D.Double(0, -15, length, 30));
            g.setTransform(saved);
        }
        Path2D pot = new Path2D.Double();
        pot.moveTo(x - 70, y - 120);
        pot.lineTo(x + 70, y - 120);
        pot.lineTo(x + 54, y);
        pot.lineTo(x - 54, y);
        pot.closePath();
        g.setPaint(new GradientPaint((float) (x - 70), 0, c(0xd0825a), (float) (x + 70), 0, c(0x8e4a2c)));
        g.fill(pot);
        g.setColor(c(0xb86a45));
        g.fill(new Rectangle2D.Double(x - 76, y - 130, 152, 24));
    }
}
