package id.go.bnn.pasarbersinar.demo;

import static id.go.bnn.pasarbersinar.demo.DemoBrush.*;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.alpha;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.c;
import static id.go.bnn.pasarbersinar.demo.DemoFabrics.mix;

import id.go.bnn.pasarbersinar.demo.DemoFabrics.Fabric;
import id.go.bnn.pasarbersinar.demo.DemoObjects.Look;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;

/** Small things: key rings, a mask, a bracelet, a brooch, a picture frame. */
final class DemoTrinkets {

    private DemoTrinkets() {
    }

    static void keyRing(Graphics2D g, Look look) {
        g.setColor(METAL.darker());
        g.setStroke(new BasicStroke(9f));
        g.draw(new Ellipse2D.Double(440, 170, 120, 120));
        g.setColor(alpha(Color.WHITE, 120));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Arc2D.Double(444, 174, 112, 112, 100, 80, Arc2D.OPEN));
        g.setColor(METAL.darker());
        g.setStroke(new BasicStroke(6f));
        for (int i = 0; i < 3; i++) {
            g.draw(new Ellipse2D.Double(490 - (i % 2) * 6, 292 + i * 30, 20 + (i % 2) * 12, 36));
        }
        double top = 380;
        shadow(g, 520, 830, 160, 18, 90);
        if (look.titled("pintu")) {
            Path2D door = new Path2D.Double();
            door.moveTo(380, 780);
            door.lineTo(380, 480);
            door.quadTo(380, top, 500, top);
            door.quadTo(620, top, 620, 480);
            door.lineTo(620, 780);
            door.closePath();
            g.setPaint(new GradientPaint(380, (float) top, mix(WOOD, Color.WHITE, 0.25), 620, 780, WOOD.darker()));
            g.fill(door);
            g.setColor(alpha(Color.BLACK, 110));
            for (double y = 470; y < 760; y += 52) {
                for (double x = 420; x < 600; x += 52) {
                    g.fill(new Ellipse2D.Double(x + 4, y, 20, 30));
                }
            }
            g.setStroke(new BasicStroke(4f));
            g.draw(door);
            return;
        }
        Rectangle2D tag = new Rectangle2D.Double(400, top, 200, 330);
        fill(g, tag, look.fabric().paint(110));
        shade(g, tag, 40, 80);
        g.setColor(alpha(Color.WHITE, 110));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 6f}, 0f));
        g.draw(new Rectangle2D.Double(412, top + 12, 176, 306));
        fringe(g, 406, 594, top + 330, look.fabric().base(), 40);
    }

    static void mask(Graphics2D g, Look look) {
        shadow(g, 500, 760, 260, 26, 110);
        g.setColor(c(0xe9e4da));
        g.setStroke(new BasicStroke(7f));
        g.draw(new Arc2D.Double(170, 380, 220, 260, 90, 180, Arc2D.OPEN));
        g.draw(new Arc2D.Double(610, 380, 220, 260, -90, 180, Arc2D.OPEN));
        Path2D mask = new Path2D.Double();
        mask.moveTo(280, 420);
        mask.quadTo(500, 360, 720, 420);
        mask.lineTo(740, 620);
        mask.quadTo(500, 720, 260, 620);
        mask.closePath();
        fill(g, mask, look.fabric().paint(120));
        g.setStroke(new BasicStroke(6f));
        for (int k = 1; k < 4; k++) {
            double y = 420 + k * 55;
            g.setColor(alpha(Color.BLACK, 70));
            g.draw(new QuadCurve2D.Double(270, y, 500, y - 30 + k * 8, 730, y));
            g.setColor(alpha(Color.WHITE, 50));
            g.draw(new QuadCurve2D.Double(270, y - 6, 500, y - 36 + k * 8, 730, y - 6));
        }
        shade(g, mask, 50, 90);
    }

    static void bracelet(Graphics2D g, Look look) {
        shadow(g, 500, 640, 280, 70, 90);
        Color[] colours = {c(0xb3202a), c(0x1c1a1a), c(0xf1ece2)};
        int beads = 30;
        int offset = look.random().nextInt(3);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < beads; i++) {
                double angle = Math.PI * 2 * i / beads;
                boolean back = Math.sin(angle) < 0;
                if (back != (pass == 0)) {
                    continue;
                }
                double x = 500 + Math.cos(angle) * 250;
                double y = 560 + Math.sin(angle) * 120;
                Color colour = colours[(i / (1 + offset) + offset) % colours.length];
                double r = back ? 22 : 26;
                g.setPaint(new RadialGradientPaint(new Point2D.Double(x - r * 0.4, y - r * 0.4), (float) (r * 1.5), new float[] {0f, 0.5f, 1f},
                        new Color[] {mix(colour, Color.WHITE, 0.6), colour, mix(colour, Color.BLACK, 0.4)}));
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }
    }

    static void brooch(Graphics2D g, Look look) {
        shadow(g, 510, 740, 210, 30, 120);
        g.setColor(METAL);
        g.setStroke(new BasicStroke(6f));
        g.draw(new Line2D.Double(330, 560, 680, 460));
        Ellipse2D disc = new Ellipse2D.Double(310, 330, 380, 380);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(450, 450), 300, new float[] {0f, 1f},
                new Color[] {mix(WOOD, Color.WHITE, 0.35), WOOD.darker()}));
        g.fill(disc);
        g.setColor(alpha(Color.BLACK, 30));
        g.setStroke(new BasicStroke(2f));
        for (int r = 40; r < 190; r += 26) {
            g.draw(new Ellipse2D.Double(500 - r + 12, 520 - r - 6, 2 * r, 2 * r * 0.96));
        }
        Ellipse2D face = new Ellipse2D.Double(340, 360, 320, 320);
        g.setColor(look.fabric().base());
        g.fill(face);
        Color[] p = {look.fabric().base(), look.fabric().accent(), c(0x3f7d4e), c(0xf2b233)};
        DemoBatik.paintedMotif(g, p, look.random().nextInt(3), 500, 520, 95);
        shade(g, disc, 60, 90);
    }

    static void frame(Graphics2D g, Look look) {
        shadow(g, 520, 810, 230, 24, 120);
        Rectangle2D outer = new Rectangle2D.Double(320, 240, 360, 560);
        fill(g, outer, look.fabric().paint(110));
        shade(g, outer, 50, 80);
        Rectangle2D photo = new Rectangle2D.Double(380, 300, 240, 440);
        g.setPaint(new GradientPaint(0, 300, c(0x9cc7e0), 0, 600, c(0xf3e3c3)));
        g.fill(photo);
        g.setColor(c(0xf7d27a));
        g.fill(new Ellipse2D.Double(520, 370, 60, 60));
        Path2D hills = new Path2D.Double();
        hills.moveTo(380, 620);
        hills.quadTo(450, 540, 520, 600);
        hills.quadTo(580, 560, 620, 590);
        hills.lineTo(620, 740);
        hills.lineTo(380, 740);
        hills.closePath();
        g.setColor(c(0x5e8c5a));
        g.fill(hills);
        g.setColor(c(0x3f6a45));
        g.fill(new Rectangle2D.Double(380, 680, 240, 60));
        g.setColor(alpha(Color.BLACK, 90));
        g.setStroke(new BasicStroke(6f));
        g.draw(photo);
    }
}
