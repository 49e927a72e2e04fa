package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoFabrics.alpha;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.diamond;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.grain;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.lattice;

import id.go.bnn.pasarbersinar.demo.DemoFabrics.Fabric;
import id.go.bnn.pasarbersinar.demo.DemoFabrics.Weave;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** The batik surfaces of the demo pictures (kawung, parang, sulur, pinang, tumpal) and the hand-painted voile. */
final class DemoBatik {

    private DemoBatik() {
    }

    static Fabric kawung(Graphics2D g, BufferedImage tile, Color[] p, Random random) {
        g.setColor(p[0]);
        g.fillRect(0, 0, 100, 100);
        double length = 20 + random.nextInt(5);
        lattice(g, (x, y) -> {
            for (int k = 0; k < 4; k++) {
                AffineTransform saved = g.getTransform();
                g.translate(x, y);
                g.rotate(Math.PI / 4 + k * Math.PI / 2);
                Ellipse2D petal = new Ellipse2D.Double(3, -length * 0.33, length, length * 0.66);
                g.setColor(p[1]);
                g.fill(petal);
                g.setColor(p[2]);
                g.setStroke(new BasicStroke(1.4f));
                g.draw(petal);
                g.setColor(p[3]);
                g.fill(new Ellipse2D.Double(3 + length * 0.45, -1.6, 3.2, 3.2));
                g.setTransform(saved);
            }
            g.setColor(p[3]);
            g.fill(diamond(x, y, 3, 3));
        });
        for (double[] dot : new double[][] {{50, 0}, {0, 50}, {100, 50}, {50, 100}}) {
            g.setColor(p[1]);
            g.fill(new Ellipse2D.Double(dot[0] - 2.5, dot[1] - 2.5, 5, 5));
        }
        grain(g, random, 0.05);
        return new Fabric(Weave.KAWUNG, tile, p[0], p[3], 110 + random.nextInt(50));
    }

    static Fabric parang(Graphics2D g, BufferedImage tile, Color[] p, Random random) {
        g.setColor(p[0]);
        g.fillRect(0, 0, 100, 100);
        double amplitude = 4 + random.nextInt(3);
        for (int k = -150; k <= 150; k += 50) {
            Path2D band = new Path2D.Double();
            for (int t = -20; t <= 140; t += 2) {
                double x = t + k + amplitude * Math.sin(2 * Math.PI * t / 25);
                if (t == -20) {
                    band.moveTo(x, t);
                } else {
                    band.lineTo(x, t);
                }
            }
            g.setColor(p[1]);
            g.setStroke(new BasicStroke(11f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(band);
            g.setColor(p[2]);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(band);
            for (int t = 0; t < 100; t += 25) {
                g.setColor(p[3]);
                g.fill(diamond(t + k + 25 + 0.0, t, 3.5, 3.5));
                g.fill(diamond(t + k + 25 + 100.0, t, 3.5, 3.5));
            }
        }
        grain(g, random, 0.05);
        return new Fabric(Weave.PARANG, tile, p[0], p[3], 120 + random.nextInt(40));
    }

    static Fabric sulur(Graphics2D g, BufferedImage tile, Color[] p, Random random, boolean areca) {
        g.setColor(p[0]);
        g.fillRect(0, 0, 100, 100);
        for (int row = 0; row < 2; row++) {
            double y0 = 25 + row * 50;
            double phase = row * Math.PI;
            Path2D vine = new Path2D.Double();
            for (int x = 0; x <= 100; x += 2) {
                double y = y0 + 9 * Math.sin(2 * Math.PI * x / 100 + phase);
                if (x == 0) {
                    vine.moveTo(x, y);
                } else {
                    vine.lineTo(x, y);
                }
            }
            g.setColor(p[2]);
            g.setStroke(new BasicStroke(1.6f));
            g.draw(vine);
            for (int x = 10; x < 100; x += 25) {
                double y = y0 + 9 * Math.sin(2 * Math.PI * x / 100 + phase);
                AffineTransform saved = g.getTransform();
                g.translate(x, y);
                g.rotate(-0.7 + (x / 25 % 2) * 1.4);
                Ellipse2D leaf = new Ellipse2D.Double(0, -3.5, 14, 7);
                g.setColor(p[1]);
                g.fill(leaf);
                g.setColor(p[2]);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(leaf);
                g.draw(new java.awt.geom.Line2D.Double(0, 0, 13, 0));
                g.setTransform(saved);
                if (areca) {
                    g.setColor(p[3]);
                    for (int k = 0; k < 3; k++) {
                        g.fill(new Ellipse2D.Double(x + 4 + k * 3.5, y + 6 + (k % 2) * 3, 4, 5.5));
                    }
                } else {
                    g.setColor(p[3]);
                    for (int k = 0; k < 5; k++) {
                        double angle = k * Math.PI * 2 / 5;
                        g.fill(new Ellipse2D.Double(x + 10 + Math.cos(angle) * 3 - 2, y - 10 + Math.sin(angle) * 3 - 2, 4, 4));
                    }
                }
            }
        }
        g.setColor(alpha(p[2], 150));
        for (int i = 0; i < 70; i++) {
            double x = random.nextDouble() * 100;
            double y = random.nextDouble() * 100;
            g.fill(new Ellipse2D.Double(x, y, 0.9, 0.9));
        }
        grain(g, random, 0.04);
        return new Fabric(areca ? Weave.PINANG : Weave.SULUR, tile, p[0], p[3], 150 + random.nextInt(50));
    }

    static Fabric tumpal(Graphics2D g, BufferedImage tile, Color[] p, Random random) {
        g.setColor(p[0]);
        g.fillRect(0, 0, 100, 100);
        int teeth = 2 + random.nextInt(2);
        double width = 100.0 / teeth;
        for (int i = 0; i < teeth; i++) {
            double x = i * width;
            for (int layer = 0; layer < 3; layer++) {
                double inset = layer * width * 0.14;
                Path2D triangle = new Path2D.Double();
                triangle.moveTo(x + inset, 100);
                triangle.lineTo(x + width / 2, 45 + inset * 1.6);
                triangle.lineTo(x + width - inset, 100);
                triangle.closePath();
                g.setColor(layer % 2 == 0 ? p[1] : p[3]);
                g.fill(triangle);
            }
            g.setColor(p[3]);
            for (int k = 0; k < 6; k++) {
                double angle = k * Math.PI / 3;
                g.fill(new Ellipse2D.Double(x + width / 2 + Math.cos(angle) * 4.5 - 2.5, 20 + Math.sin(angle) * 4.5 - 2.5, 5, 5));
            }
            g.setColor(p[1]);
            g.fill(new Ellipse2D.Double(x + width / 2 - 2, 18, 4, 4));
        }
        g.setColor(p[2]);
        g.fillRect(0, 38, 100, 2);
        grain(g, random, 0.05);
        return new Fabric(Weave.TUMPAL, tile, p[0], p[1], 120 + random.nextInt(40));
    }

    static Fabric painted(Graphics2D g, BufferedImage tile, Color[] p, Random random) {
        g.setColor(p[0]);
        g.fillRect(0, 0, 100, 100);
        int motif = random.nextInt(3);
        lattice(g, (x, y) -> paintedMotif(g, p, motif, x, y, 17));
        paintedMotif(g, p, (motif + 1) % 3, 50, 0, 8);
        paintedMotif(g, p, (motif + 1) % 3, 50, 100, 8);
        paintedMotif(g, p, (motif + 1) % 3, 0, 50, 8);
        paintedMotif(g, p, (motif + 1) % 3, 100, 50, 8);
        grain(g, random, 0.03);
        return new Fabric(Weave.PAINTED, tile, p[0], p[1], 220 + random.nextInt(60));
    }

    /** A hand-painted flower (hibiscus), butterfly or fish, as they are brushed on voile. */
    static void paintedMotif(Graphics2D g, Color[] p, int motif, double x, double y, double r) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        switch (motif) {
            case 0 -> {
                for (int k = 0; k < 5; k++) {
                    g.rotate(Math.PI * 2 / 5);
                    g.setColor(p[1]);
                    g.fill(new Ellipse2D.Double(-r * 0.38, -r * 0.05, r * 0.76, r));
                    g.setColor(alpha(Color.WHITE, 60));
                    g.fill(new Ellipse2D.Double(-r * 0.2, r * 0.35, r * 0.4, r * 0.5));
                }
                g.setColor(p[3]);
                g.fill(new Ellipse2D.Double(-r * 0.18, -r * 0.18, r * 0.36, r * 0.36));
                g.setColor(p[2]);
                g.rotate(0.6);
                g.fill(new Ellipse2D.Double(r * 0.8, -r * 0.18, r * 0.8, r * 0.36));
            }
            case 1 -> {
                g.setColor(p[1]);
                g.fill(new Ellipse2D.Double(-r, -r * 0.8, r, r * 0.9));
                g.fill(new Ellipse2D.Double(0, -r * 0.8, r, r * 0.9));
                g.setColor(p[3]);
                g.fill(new Ellipse2D.Double(-r * 0.75, 0, r * 0.75, r * 0.6));
                g.fill(new Ellipse2D.Double(0, 0, r * 0.75, r * 0.6));
                g.setColor(p[2]);
                g.fill(new Ellipse2D.Double(-r * 0.1, -r * 0.7, r * 0.2, r * 1.3));
            }
            default -> {
                g.setColor(p[1]);
                g.fill(new Ellipse2D.Double(-r, -r * 0.45, r * 1.6, r * 0.9));
                Path2D tail = new Path2D.Double();
                tail.moveTo(r * 0.5, 0);
                tail.lineTo(r * 1.1, -r * 0.45);
                tail.lineTo(r * 1.1, r * 0.45);
                tail.closePath();
                g.setColor(p[3]);
                g.fill(tail);
                g.setColor(p[2]);
                g.fill(new Ellipse2D.Double(-r * 0.7, -r * 0.15, r * 0.22, r * 0.22));
            }
        }
        g.setTransform(saved);
    }
}
