package id.go.bnn.pasarbersinar.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Random;

/**
 * The surfaces of the demo pictures, drawn as small repeating tiles: ikat, songket, ulos, batik (kawung, parang,
 * sulur, pinang, tumpal), hand-painted voile, plaited pandan, braided water hyacinth, coffee-sachet strips, rubber,
 * canvas and plain cotton. Each tile is drawn in a 100 × 100 unit square, so a motif reads the same at any size.
 */
final class DemoFabrics {

    /** The kinds of surface a demo product is made of. */
    enum Weave {
        IKAT, SONGKET, ULOS, KAWUNG, PARANG, SULUR, PINANG, TUMPAL, PAINTED, PLAIT, BRAID, RATTAN, SACHET, RUBBER, CANVAS, COTTON
    }

    /** A surface: its tile, the colour that stands for it, a second colour for trims and its natural repeat size. */
    record Fabric(Weave weave, BufferedImage tile, Color base, Color accent, double repeat) {

        Paint paint() {
            return paint(repeat);
        }

        Paint paint(double size) {
            return new TexturePaint(tile, new Rectangle2D.Double(0, 0, size, size));
        }
    }

    private static final int TILE = 256;

    private static final Color[][] IKAT = {
            {c(0x7e1d18), c(0xe8d3a8), c(0xc98f2c), c(0x2a1813)},
            {c(0x2a1b17), c(0xd2452f), c(0xeadcb8), c(0xd8a13a)},
            {c(0x1f2d4f), c(0xe6d6b0), c(0xb8452e), c(0x121a30)},
            {c(0x5a2a1c), c(0xe3b45a), c(0xf0e2c4), c(0x2c1610)},
            {c(0x8a3b1f), c(0x1f1a17), c(0xf2e3c2), c(0x3b5b4a)},
    };
    private static final Color[][] BATIK = {
            {c(0x5b3a1e), c(0xead9b8), c(0x2b1d12), c(0xa86b32)},
            {c(0x23345e), c(0xf0e6cf), c(0x0f1a33), c(0x9c5b2e)},
            {c(0xefe2c4), c(0x7a2e1d), c(0x2e2118), c(0xc88a3a)},
            {c(0xf3e7cf), c(0x1e4d5c), c(0x3a2b1f), c(0xd07a3a)},
            {c(0x7d2230), c(0xf1dfc0), c(0x3a1118), c(0xd9a441)},
            {c(0xeadfc8), c(0x3d5a2c), c(0x5b3a1e), c(0xc25b2a)},
    };
    private static final Color[][] PASTEL = {
            {c(0xf6dcd6), c(0xc7263e), c(0x3f7d4e), c(0xf2b233)},
            {c(0xdde9f1), c(0x2d5fa8), c(0x5d8f4e), c(0xe7643c)},
            {c(0xf4ead5), c(0xb8452e), c(0x47704a), c(0x7a3e8e)},
            {c(0xe7e0f0), c(0x8e3f9c), c(0x4a7a4f), c(0xf08a5d)},
            {c(0xdff0e6), c(0xd9486a), c(0x2f6f5c), c(0xf5c542)},
    };

    private DemoFabrics() {
    }

    static Color c(int rgb) {
        return new Color(rgb);
    }

    /** The surface a demo product is made of, chosen from its category and English title. */
    static Weave weaveOf(String category, String titleEn) {
        String title = titleEn.toLowerCase(Locale.ROOT);
        if (title.contains("sachet")) {
            return Weave.SACHET;
        }
        if (title.contains("inner-tube")) {
            return Weave.RUBBER;
        }
        if (title.contains("rattan")) {
            return Weave.RATTAN;
        }
        if (title.contains("water-hyacinth")) {
            return Weave.BRAID;
        }
        if (title.contains("pandan") || title.contains("food cover") || title.contains("wall hanging") || category.equals("anyaman")) {
            return Weave.PLAIT;
        }
        if (title.contains("songket")) {
            return Weave.SONGKET;
        }
        if (title.contains("ulos")) {
            return Weave.ULOS;
        }
        if (category.equals("jilbab-lukis") || title.contains("painted")) {
            return title.contains("canvas") ? Weave.CANVAS : Weave.PAINTED;
        }
        if (title.contains("pinang") || title.contains("areca")) {
            return Weave.PINANG;
        }
        if (title.contains("vine") || title.contains("silk")) {
            return Weave.SULUR;
        }
        if (title.contains("tumpal")) {
            return Weave.TUMPAL;
        }
        if (title.contains("stamped")) {
            return Weave.PARANG;
        }
        if (category.equals("batik") || title.contains("batik")) {
            return Weave.KAWUNG;
        }
        if (title.contains("t-shirt")) {
            return Weave.COTTON;
        }
        if (title.contains("canvas") || title.contains("tote") || title.contains("screen-printed")) {
            return Weave.CANVAS;
        }
        if (category.equals("tenun") || title.contains("ikat") || title.contains("woven") || title.contains("tenun")) {
            return Weave.IKAT;
        }
        return Weave.COTTON;
    }

    static Fabric make(Weave weave, Random random) {
        BufferedImage tile = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(TILE / 100.0, TILE / 100.0);
            return switch (weave) {
                case IKAT -> ikat(g, tile, pick(IKAT, random), random);
                case SONGKET -> songket(g, tile, random);
                case ULOS -> ulos(g, tile, random);
                case KAWUNG -> DemoBatik.kawung(g, tile, pick(BATIK, random), random);
                case PARANG -> DemoBatik.parang(g, tile, pick(BATIK, random), random);
                case SULUR -> DemoBatik.sulur(g, tile, pick(BATIK, random), random, false);
                case PINANG -> DemoBatik.sulur(g, tile, pick(BATIK, random), random, true);
                case TUMPAL -> DemoBatik.tumpal(g, tile, pick(BATIK, random), random);
                case PAINTED -> DemoBatik.painted(g, tile, pick(PASTEL, random), random);
                case PLAIT -> plait(g, tile, random, straw(random), random.nextInt(3) == 0 ? dye(random) : null);
                case BRAID -> braid(g, tile, random, random.nextBoolean() ? c(0xb48a57) : c(0x8a6239));
                case RATTAN -> braid(g, tile, random, c(0xc99a5b));
                case SACHET -> sachet(g, tile, random);
                case RUBBER -> plain(g, tile, weave, c(0x2b2b2d), c(0x6b6b6e), random, 0.06);
                case CANVAS -> plain(g, tile, weave, c(0xeee3cf), c(0x8a6a45), random, 0.05);
                case COTTON -> plain(g, tile, weave, pick(new Color[][] {{c(0x2f4a6d)}, {c(0x262626)}, {c(0x7d2a2a)}, {c(0x3f6b52)}}, random)[0],
                        c(0xf2c14e), random, 0.04);
            };
        } finally {
            g.dispose();
        }
    }

    private static Color[] pick(Color[][] palettes, Random random) {
        return palettes[random.nextInt(palettes.length)];
    }

    private static Color straw(Random random) {
        Color[] straws = {c(0xd9c08e), c(0xcdb07a), c(0xd6b98a), c(0xc9a46e)};
        return straws[random.nextInt(straws.length)];
    }

    private static Color dye(Random random) {
        Color[] dyes = {c(0x9b2f2a), c(0x2f6b5a), c(0x7a3f8c), c(0xc8772a), c(0x2d4f86)};
        return dyes[random.nextInt(dyes.length)];
    }

    static Color alpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** A fine random grain over the whole tile, so that flat colours look like yarn rather than plastic. */
    static void grain(Graphics2D g, Random random, double strength) {
        g.setStroke(new BasicStroke(0.35f));
        for (int i = 0; i < 260; i++) {
            boolean light = random.nextBoolean();
            g.setColor(light ? new Color(255, 255, 255, (int) (255 * strength)) : new Color(0, 0, 0, (int) (255 * strength)));
            double x = random.nextDouble() * 100;
            double y = random.nextDouble() * 100;
            double length = 1 + random.nextDouble() * 4;
            g.draw(new java.awt.geom.Line2D.Double(x, y, x + length, y));
        }
    }

    static Path2D diamond(double cx, double cy, double rx, double ry) {
        Path2D path = new Path2D.Double();
        path.moveTo(cx, cy - ry);
        path.lineTo(cx + rx, cy);
        path.lineTo(cx, cy + ry);
        path.lineTo(cx - rx, cy);
        path.closePath();
        return path;
    }

    /** Draws a shape at each corner and the centre, so that the tile repeats without seams. */
    static void lattice(Graphics2D g, java.util.function.BiConsumer<Double, Double> motif) {
        motif.accept(50.0, 50.0);
        for (double x : new double[] {0, 100}) {
            for (double y : new double[] {0, 100}) {
                motif.accept(x, y);
            }
        }
    }

    private static Fabric ikat(Graphics2D g, BufferedImage tile, Color[] p, Random random) {
        g.setColor(p[0]);
        g.fillRect(0, 0, 100, 100);
        double rx = 22 + random.nextInt(10);
        double ry = 30 + random.nextInt(14);
        boolean hooks = random.nextBoolean();
        // Ikat's tie-dyed yarn blurs every edge sideways: each motif is laid down three times, slightly shifted.
        for (double shift : new double[] {-1.6, 1.6, 0}) {
            int a = shift == 0 ? 255 : 110;
            lattice(g, (x, y) -> {
                g.setColor(alpha(p[1], a));
                g.fill(diamond(x + shift, y, rx, ry));
                g.setColor(alpha(p[0], a));
                g.fill(diamond(x + shift, y, rx * 0.72, ry * 0.72));
                g.setColor(alpha(p[2], a));
                g.fill(diamond(x + shift, y, rx * 0.48, ry * 0.48));
                g.setColor(alpha(p[3], a));
                g.fill(diamond(x + shift, y, rx * 0.2, ry * 0.2));
                if (hooks) {
                    g.setColor(alpha(p[1], a));
                    g.setStroke(new BasicStroke(2.2f));
                    g.draw(new java.awt.geom.Line2D.Double(x + shift - rx, y, x + shift - rx - 6, y - 6));
                    g.draw(new java.awt.geom.Line2D.Double(x + shift + rx, y, x + shift + rx + 6, y + 6));
                }
            });
        }
        g.setColor(alpha(p[2], 200));
        g.fillRect(0, 0, 100, 2);
        g.setColor(alpha(p[3], 160));
        g.fillRect(0, 48, 100, 1);
        grain(g, random, 0.08);
        return new Fabric(Weave.IKAT, tile, p[0], p[2], 130 + random.nextInt(60));
    }

    private static Fabric songket(Graphics2D g, BufferedImage tile, Random random) {
        Color[] bases = {c(0x7a1020), c(0x1d1a1c), c(0x4a1a4f), c(0x123c36)};
        Color base = bases[random.nextInt(bases.length)];
        Color gold = c(0xd9ab45);
        g.setColor(base);
        g.fillRect(0, 0, 100, 100);
        g.setPaint(new GradientPaint(0, 0, c(0xf3d27a), 100, 100, c(0xa9781f)));
        g.setStroke(new BasicStroke(1.6f));
        for (int i = -100; i <= 100; i += 25) {
            g.draw(new java.awt.geom.Line2D.Double(i, 0, i + 100, 100));
            g.draw(new java.awt.geom.Line2D.Double(i + 100, 0, i, 100));
        }
        int petals = 4 + 2 * random.nextInt(3);
        lattice(g, (x, y) -> {
            for (int k = 0; k < petals; k++) {
                AffineTransform saved = g.getTransform();
                g.translate(x, y);
                g.rotate(Math.PI * 2 * k / petals);
                g.fill(new Ellipse2D.Double(-2.5, -14, 5, 12));
                g.setTransform(saved);
            }
            g.fill(new Ellipse2D.Double(x - 3.5, y - 3.5, 7, 7));
        });
        g.setColor(alpha(gold, 140));
        for (int y = 0; y < 100; y += 4) {
            g.fill(new Rectangle2D.Double(0, y, 100, 0.6));
        }
        grain(g, random, 0.06);
        return new Fabric(Weave.SONGKET, tile, base, gold, 110 + random.nextInt(40));
    }

    private static Fabric ulos(Graphics2D g, BufferedImage tile, Random random) {
        Color maroon = random.nextBoolean() ? c(0x6e1420) : c(0x5a1a14);
        Color black = c(0x1c1716);
        Color white = c(0xeee3cf);
        g.setColor(maroon);
        g.fillRect(0, 0, 100, 100);
        double[] widths = {18, 3, 6, 3, 14, 2, 4, 2, 20, 3, 6, 3, 16};
        Color[] colours = {maroon, white, black, white, black, white, maroon, white, maroon, black, white, black, maroon};
        double x = 0;
        for (int i = 0; i < widths.length; i++) {
            g.setColor(colours[i]);
            g.fill(new Rectangle2D.Double(x, 0, widths[i], 100));
            x += widths[i];
        }
        g.setColor(white);
        g.setStroke(new BasicStroke(1.1f));
        for (int y = 0; y < 100; y += 10) {
            Path2D zigzag = new Path2D.Double();
            zigzag.moveTo(61, y);
            zigzag.lineTo(64, y + 5);
            zigzag.lineTo(67, y + 10);
            g.draw(zigzag);
            g.fill(diamond(29, y + 5, 2, 3));
        }
        grain(g, random, 0.08);
        return new Fabric(Weave.ULOS, tile, maroon, white, 120 + random.nextInt(40));
    }

    /** Plaited pandan or mendong: strips passing over and under, each strip rounded by light. */
    private static Fabric plait(Graphics2D g, BufferedImage tile, Random random, Color straw, Color dyed) {
        int cells = 5;
        double cell = 100.0 / cells;
        for (int row = 0; row < cells; row++) {
            for (int col = 0; col < cells; col++) {
                boolean horizontal = (row + col) % 2 == 0;
                Color colour = mix(straw, Color.BLACK, random.nextDouble() * 0.12);
                if (dyed != null && (horizontal ? row : col) % 3 == 1) {
                    colour = dyed;
                }
                double x = col * cell;
                double y = row * cell;
                g.setPaint(horizontal
                        ? new GradientPaint(0, (float) y, colour.darker(), 0, (float) (y + cell / 2), mix(colour, Color.WHITE, 0.25), true)
                        : new GradientPaint((float) x, 0, colour.darker(), (float) (x + cell / 2), 0, mix(colour, Color.WHITE, 0.25), true));
                g.fill(new Rectangle2D.Double(x, y, cell, cell));
                g.setColor(alpha(Color.BLACK, 70));
                g.setStroke(new BasicStroke(0.6f));
                g.draw(new Rectangle2D.Double(x, y, cell, cell));
            }
        }
        grain(g, random, 0.06);
        return new Fabric(Weave.PLAIT, tile, straw, dyed == null ? straw.darker() : dyed, 70 + random.nextInt(30));
    }

    /** Braided water hyacinth or rattan: rows of twisted rope, each twist a slanted, shaded oval. */
    private static Fabric braid(Graphics2D g, BufferedImage tile, Random random, Color colour) {
        g.setColor(colour.darker().darker());
        g.fillRect(0, 0, 100, 100);
        int rows = 6;
        double height = 100.0 / rows;
        for (int row = 0; row < rows; row++) {
            double y = row * height;
            for (int k = -1; k <= 8; k++) {
                double x = k * 12.5 + (row % 2) * 6;
                Color strand = mix(colour, Color.BLACK, random.nextDouble() * 0.15);
                AffineTransform saved = g.getTransform();
                g.translate(x, y + height / 2);
                g.rotate(row % 2 == 0 ? 0.55 : -0.55);
                g.setPaint(new GradientPaint(0, (float) (-height * 0.4), mix(strand, Color.WHITE, 0.35), 0, (float) (height * 0.4), strand.darker()));
                g.fill(new Ellipse2D.Double(-8.5, -height * 0.42, 17, height * 0.84));
                g.setTransform(saved);
            }
        }
        grain(g, random, 0.07);
        return new Fabric(colour.getRed() > 190 ? Weave.RATTAN : Weave.BRAID, tile, colour, colour.darker(), 90 + random.nextInt(30));
    }

    /** Strips folded from used coffee sachets: glossy red, black and gold. */
    private static Fabric sachet(Graphics2D g, BufferedImage tile, Random random) {
        Color[] colours = {c(0xc4161c), c(0x1e1b1a), c(0xe0b03c), c(0xf1ede4), c(0x6b3a1f)};
        int cells = 4;
        double cell = 100.0 / cells;
        for (int row = 0; row < cells; row++) {
            for (int col = 0; col < cells; col++) {
                boolean horizontal = (row + col) % 2 == 0;
                Color colour = colours[(horizontal ? row : col + 2) % colours.length];
                double x = col * cell;
                double y = row * cell;
                g.setColor(colour);
                g.fill(new Rectangle2D.Double(x, y, cell, cell));
                g.setColor(alpha(Color.WHITE, 90));
                g.fill(horizontal ? new Rectangle2D.Double(x, y + cell * 0.2, cell, cell * 0.12)
                        : new Rectangle2D.Double(x + cell * 0.2, y, cell * 0.12, cell));
                g.setColor(alpha(Color.BLACK, 90));
                g.setStroke(new BasicStroke(0.8f));
                g.draw(new Rectangle2D.Double(x, y, cell, cell));
            }
        }
        return new Fabric(Weave.SACHET, tile, colours[0], colours[2], 60 + random.nextInt(20));
    }

    private static Fabric plain(Graphics2D g, BufferedImage tile, Weave weave, Color base, Color accent, Random random, double grain) {
        g.setColor(base);
        g.fillRect(0, 0, 100, 100);
        g.setColor(alpha(Color.BLACK, 14));
        g.setStroke(new BasicStroke(0.3f));
        for (int i = 0; i < 100; i += 2) {
            g.draw(new java.awt.geom.Line2D.Double(i, 0, i, 100));
            g.draw(new java.awt.geom.Line2D.Double(0, i, 100, i));
        }
        grain(g, random, grain);
        return new Fabric(weave, tile, base, accent, 60);
    }
}
