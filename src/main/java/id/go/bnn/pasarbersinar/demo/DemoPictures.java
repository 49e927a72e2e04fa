package id.go.bnn.pasarbersinar.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws a product picture for demo data without the network: a textile-like pattern typical of the category
 * (ikat stripes, kawung circles, a weave, painted flowers, a drum, …) in a palette chosen from the product's seed.
 */
final class DemoPictures {

    static final int SIZE = 640;

    private static final Color[][] PALETTES = {
            {new Color(0x8c1c13), new Color(0xbf4342), new Color(0xe7d7c1), new Color(0x2b2118)},
            {new Color(0x0d5c63), new Color(0x44a1a0), new Color(0xf4e9cd), new Color(0x1b2f33)},
            {new Color(0x6b3e26), new Color(0xc58940), new Color(0xf2e3c6), new Color(0x3a2618)},
            {new Color(0x1d3557), new Color(0x457b9d), new Color(0xf1faee), new Color(0xe63946)},
            {new Color(0x5f0f40), new Color(0x9a031e), new Color(0xfb8b24), new Color(0xe36414)},
            {new Color(0x283618), new Color(0x606c38), new Color(0xfefae0), new Color(0xdda15e)},
            {new Color(0x3d405b), new Color(0xe07a5f), new Color(0xf4f1de), new Color(0x81b29a)},
    };

    private DemoPictures() {
    }

    static byte[] draw(String category, long seed) {
        Random random = new Random(seed);
        Color[] palette = PALETTES[Math.floorMod(seed, PALETTES.length)];
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(palette[2]);
            g.fillRect(0, 0, SIZE, SIZE);
            switch (category) {
                case "tenun", "busana" -> ikat(g, palette, random);
                case "batik" -> kawung(g, palette, random);
                case "anyaman", "eceng-gondok" -> weave(g, palette, random);
                case "jilbab-lukis" -> flowers(g, palette, random);
                case "daur-ulang" -> drums(g, palette, random);
                case "makanan" -> jars(g, palette, random);
                case "tas-clutch" -> bag(g, palette, random);
                default -> rings(g, palette, random);
            }
            g.setPaint(new GradientPaint(0, 0, new Color(255, 255, 255, 0), 0, SIZE, new Color(0, 0, 0, 40)));
            g.fillRect(0, 0, SIZE, SIZE);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jpeg.toByteArray();
    }

    private static void ikat(Graphics2D g, Color[] palette, Random random) {
        int band = 40 + random.nextInt(40);
        for (int y = 0; y < SIZE; y += band) {
            g.setColor(palette[(y / band) % 2 == 0 ? 0 : 3]);
            g.fillRect(0, y, SIZE, band - 6);
            g.setColor(palette[2]);
            for (int x = (y / band) % 2 * band / 2; x < SIZE; x += band) {
                Path2D diamond = new Path2D.Double();
                diamond.moveTo(x + band / 2.0, y + 4);
                diamond.lineTo(x + band - 4, y + band / 2.0 - 3);
                diamond.lineTo(x + band / 2.0, y + band - 10);
                diamond.lineTo(x + 4, y + band / 2.0 - 3);
                diamond.closePath();
                g.fill(diamond);
            }
            g.setColor(palette[1]);
            g.fillRect(0, y + band - 6, SIZE, 6);
        }
    }

    private static void kawung(Graphics2D g, Color[] palette, Random random) {
        int cell = 60 + random.nextInt(40);
        g.setColor(palette[3]);
        g.fillRect(0, 0, SIZE, SIZE);
        for (int y = 0; y < SIZE + cell; y += cell) {
            for (int x = 0; x < SIZE + cell; x += cell) {
                g.setColor(palette[1]);
                g.fill(new Ellipse2D.Double(x - cell * 0.45, y - cell * 0.2, cell * 0.9, cell * 0.4));
                g.fill(new Ellipse2D.Double(x - cell * 0.2, y - cell * 0.45, cell * 0.4, cell * 0.9));
                g.setColor(palette[2]);
                g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
            }
        }
    }

    private static void weave(Graphics2D g, Color[] palette, Random random) {
        int strip = 24 + random.nextInt(16);
        for (int y = 0; y < SIZE; y += strip) {
            for (int x = 0; x < SIZE; x += strip) {
                boolean over = ((x / strip) + (y / strip)) % 2 == 0;
                g.setColor(over ? palette[1] : palette[0]);
                if (over) {
                    g.fillRect(x + 2, y, strip - 4, strip);
                } else {
                    g.fillRect(x, y + 2, strip, strip - 4);
                }
            }
        }
    }

    private static void flowers(Graphics2D g, Color[] palette, Random random) {
        for (int i = 0; i < 14; i++) {
            double cx = random.nextInt(SIZE);
            double cy = random.nextInt(SIZE);
            double r = 30 + random.nextInt(50);
            g.setColor(palette[i % 2 == 0 ? 0 : 3]);
            for (int petal = 0; petal < 5; petal++) {
                double angle = petal * Math.PI * 2 / 5;
                g.fill(new Ellipse2D.Double(cx + Math.cos(angle) * r * 0.6 - r / 2, cy + Math.sin(angle) * r * 0.6 - r / 2, r, r));
            }
            g.setColor(palette[1]);
            g.fill(new Ellipse2D.Double(cx - r / 4, cy - r / 4, r / 2, r / 2));
        }
    }

    private static void drums(Graphics2D g, Color[] palette, Random random) {
        int width = 220 + random.nextInt(80);
        int x = (SIZE - width) / 2;
        g.setColor(palette[0]);
        g.fill(new RoundRectangle2D.Double(x, 110, width, 430, 40, 40));
        g.setColor(palette[1]);
        g.fill(new Ellipse2D.Double(x, 80, width, 70));
        g.setStroke(new BasicStroke(10));
        g.setColor(palette[3]);
        for (int y = 220; y < 520; y += 110) {
            g.drawLine(x + 6, y, x + width - 6, y);
        }
    }

    private static void jars(Graphics2D g, Color[] palette, Random random) {
        int count = 2 + random.nextInt(2);
        int width = SIZE / (count + 1);
        for (int i = 0; i < count; i++) {
            int x = width / 2 + i * width + 10;
            g.setColor(palette[i % 2 == 0 ? 0 : 1]);
            g.fill(new RoundRectangle2D.Double(x, 240, width - 20, 300, 30, 30));
            g.setColor(palette[3]);
            g.fillRect(x + 10, 210, width - 40, 40);
            g.setColor(palette[2]);
            g.fillRect(x + 10, 330, width - 40, 90);
        }
    }

    private static void bag(Graphics2D g, Color[] palette, Random random) {
        weave(g, new Color[] {palette[2], palette[2].darker(), palette[2], palette[3]}, random);
        g.setColor(palette[0]);
        g.fill(new RoundRectangle2D.Double(140, 230, 360, 300, 50, 50));
        g.setStroke(new BasicStroke(18));
        g.setColor(palette[3]);
        g.drawArc(220, 120, 200, 220, 0, 180);
        g.setColor(palette[1]);
        g.fillRect(140, 330, 360, 40);
    }

    private static void rings(Graphics2D g, Color[] palette, Random random) {
        int step = 30 + random.nextInt(20);
        for (int r = SIZE; r > 0; r -= step) {
            g.setColor(palette[(r / step) % 4 == 2 ? 1 : (r / step) % 4]);
            g.fill(new Ellipse2D.Double(SIZE / 2.0 - r / 2.0, SIZE / 2.0 - r / 2.0, r, r));
        }
    }
}
