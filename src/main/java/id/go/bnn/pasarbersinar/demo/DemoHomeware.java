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
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

/** Things for the home: a lidded basket, a food cover, placemats, slippers, a tin-can table lamp, a woven pendant lamp. */
final class DemoHomeware {

    private DemoHomeware() {
    }

    static void basket(Graphics2D g, Look look) {
        boolean lid = look.titled("storage") || look.titled("lidded");
        double topY = lid ? 440 : 470;
        shadow(g, 500, 812, 250, 32, 140);
        Path2D body = new Path2D.Double();
        body.moveTo(280, topY);
        body.lineTo(318, 790);
        body.quadTo(500, 850, 682, 790);
        body.lineTo(720, topY);
        body.quadTo(500, topY + 60, 280, topY);
        body.closePath();
        if (!lid) {
            g.setColor(look.fabric().base().darker().darker());
            g.fill(new Ellipse2D.Double(280, topY - 55, 440, 110));
        }
        fill(g, body, look.fabric().paint());
        if (look.fabric().accent() != null && look.fabric().weave() == DemoFabrics.Weave.PLAIT) {
            Area band = new Area(body);
            band.intersect(new Area(new Rectangle2D.Double(0, topY + 140, 1000, 44)));
            g.setColor(alpha(look.fabric().accent(), 200));
            g.fill(band);
        }
        cylinderShade(g, body, 280, 720);
        g.setStroke(new BasicStroke(20f));
        g.setPaint(look.fabric().paint(50));
        g.draw(new Ellipse2D.Double(280, topY - 55, 440, 110));
        g.setColor(alpha(Color.BLACK, 60));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Ellipse2D.Double(270, topY - 65, 460, 130));
        if (lid) {
            Path2D cover = new Path2D.Double();
            cover.moveTo(262, topY);
            cover.quadTo(270, topY - 120, 500, topY - 130);
            cover.quadTo(730, topY - 120, 738, topY);
            cover.quadTo(500, topY + 60, 262, topY);
            cover.closePath();
            fill(g, cover, look.fabric().paint());
            shade(g, cover, 60, 70);
            g.setColor(LEATHER);
            g.setStroke(new BasicStroke(12f));
            g.draw(new Arc2D.Double(470, topY - 170, 60, 70, 0, 180, Arc2D.OPEN));
        } else {
            g.setStroke(new BasicStroke(14f));
            g.setColor(mix(look.fabric().base(), Color.BLACK, 0.3));
            g.draw(new Arc2D.Double(230, topY + 40, 90, 90, 90, 180, Arc2D.OPEN));
            g.draw(new Arc2D.Double(680, topY + 40, 90, 90, -90, 180, Arc2D.OPEN));
        }
    }

    static void foodCover(Graphics2D g, Look look) {
        shadow(g, 500, 800, 340, 40, 130);
        g.setColor(c(0xf4f1ea));
        g.fill(new Ellipse2D.Double(190, 740, 620, 90));
        Path2D dome = new Path2D.Double();
        dome.moveTo(200, 790);
        dome.curveTo(200, 380, 800, 380, 800, 790);
        dome.quadTo(500, 840, 200, 790);
        dome.closePath();
        fill(g, dome, look.fabric().paint());
        Shape clip = g.getClip();
        g.clip(dome);
        Color[] rings = {c(0xb3262b), c(0x2f7a4c), c(0xe0a93a)};
        g.setStroke(new BasicStroke(22f));
        for (int k = 0; k < 3; k++) {
            g.setColor(alpha(rings[(k + look.random().nextInt(3)) % 3], 210));
            double rx = 120 + k * 70;
            g.draw(new Ellipse2D.Double(500 - rx, 470 + k * 60 - 40, 2 * rx, 200 + k * 40));
        }
        g.setClip(clip);
        cylinderShade(g, dome, 200, 800);
        shade(g, dome, 30, 40);
        g.setColor(LEATHER);
        g.setStroke(new BasicStroke(12f));
        g.draw(new Arc2D.Double(470, 445, 60, 60, 0, 180, Arc2D.OPEN));
    }

    static void placemats(Graphics2D g, Look look) {
        shadow(g, 500, 760, 360, 70, 110);
        for (int i = 3; i >= 0; i--) {
            double y = 560 - i * 16;
            Ellipse2D edge = new Ellipse2D.Double(160, y + 14, 680, 220);
            g.setColor(look.fabric().base().darker());
            g.fill(edge);
            Ellipse2D mat = new Ellipse2D.Double(160, y, 680, 220);
            fill(g, mat, look.fabric().paint());
            if (i == 0) {
                g.setStroke(new BasicStroke(6f));
                for (int r = 1; r < 8; r++) {
                    g.setColor(alpha(r % 3 == 0 ? look.fabric().accent() : Color.BLACK, r % 3 == 0 ? 200 : 50));
                    g.draw(new Ellipse2D.Double(500 - r * 42, y + 110 - r * 13.5, r * 84, r * 27));
                }
            }
            shade(g, mat, 40, 60);
        }
    }

    static void slippers(Graphics2D g, Look look) {
        shadow(g, 500, 780, 300, 40, 110);
        for (int side : new int[] {-1, 1}) {
            AffineTransform saved = g.getTransform();
            g.translate(500 + side * 120, 560);
            g.rotate(side * 0.12);
            RoundRectangle2D sole = new RoundRectangle2D.Double(-95, -220, 190, 440, 180, 200);
            g.setColor(c(0x2d2622));
            g.fill(AffineTransform.getTranslateInstance(0, 16).createTransformedShape(sole));
            fill(g, sole, look.fabric().paint(70));
            shade(g, sole, 50, 60);
            Path2D strap = new Path2D.Double();
            strap.moveTo(-105, -130);
            strap.quadTo(0, -190, 105, -130);
            strap.lineTo(105, -30);
            strap.quadTo(0, -70, -105, -30);
            strap.closePath();
            g.setColor(alpha(Color.BLACK, 80));
            g.fill(AffineTransform.getTranslateInstance(0, 12).createTransformedShape(strap));
            fill(g, strap, look.fabric().paint(90));
            shade(g, strap, 70, 60);
            g.setTransform(saved);
        }
    }

    static void tableLamp(Graphics2D g, Look look) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 520), 380, new float[] {0f, 1f},
                new Color[] {new Color(255, 196, 110, 120), new Color(255, 196, 110, 0)}));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
        shadow(g, 500, 800, 210, 26, 130);
        g.setPaint(new GradientPaint(0, 740, mix(WOOD, Color.WHITE, 0.2), 0, 800, WOOD.darker()));
        g.fill(new RoundRectangle2D.Double(340, 740, 320, 60, 16, 16));
        Rectangle2D can = new Rectangle2D.Double(380, 360, 240, 390);
        Color tin = look.paint();
        g.setColor(tin);
        g.fill(can);
        cylinderShade(g, can, 380, 620);
        Random random = look.random();
        int motif = random.nextInt(2);
        for (double y = 400; y < 730; y += 34) {
            for (double x = 400; x < 610; x += 34) {
                double dx = x + ((y - 400) / 34 % 2) * 17;
                if (dx > 600) {
                    continue;
                }
                boolean hole = motif == 0 ? ((int) ((dx + y) / 34) % 3 != 0) : (Math.hypot(dx - 500, y - 555) % 70 < 40);
                if (hole) {
                    g.setColor(new Color(255, 214, 120, 90));
                    g.fill(new Ellipse2D.Double(dx - 10, y - 10, 20, 20));
                    g.setColor(c(0xfff1c4));
                    g.fill(new Ellipse2D.Double(dx - 5, y - 5, 10, 10));
                }
            }
        }
        g.setColor(mix(tin, Color.BLACK, 0.4));
        g.fill(new Ellipse2D.Double(380, 336, 240, 48));
        g.setColor(mix(tin, Color.WHITE, 0.3));
        g.setStroke(new BasicStroke(4f));
        g.draw(new Ellipse2D.Double(380, 336, 240, 48));
        g.setColor(c(0x2a2420));
        g.setStroke(new BasicStroke(6f));
        g.draw(new QuadCurve2D.Double(650, 780, 780, 800, 880, 760));
        g.setColor(new Color(255, 210, 130, 110));
        for (int i = 0; i < 40; i++) {
            double x = 60 + random.nextDouble() * 880;
            double y = 80 + random.nextDouble() * 560;
            if (Math.abs(x - 500) > 170) {
                g.fill(new Ellipse2D.Double(x, y, 9, 9));
            }
        }
    }

    static void pendantLamp(Graphics2D g, Look look) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 620), 420, new float[] {0f, 1f},
                new Color[] {new Color(255, 200, 120, 130), new Color(255, 200, 120, 0)}));
        g.fill(new Rectangle2D.Double(0, 0, 1000, 1000));
        g.setColor(c(0x2a2420));
        g.setStroke(new BasicStroke(6f));
        g.draw(new Line2D.Double(500, 0, 500, 260));
        Path2D shade = new Path2D.Double();
        shade.moveTo(450, 250);
        shade.lineTo(550, 250);
        shade.curveTo(640, 270, 760, 400, 770, 600);
        shade.quadTo(500, 650, 230, 600);
        shade.curveTo(240, 400, 360, 270, 450, 250);
        shade.closePath();
        fill(g, shade, look.fabric().paint());
        cylinderShade(g, shade, 230, 770);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 620), 170, new float[] {0f, 0.4f, 1f},
                new Color[] {c(0xfff6d8), new Color(255, 220, 150, 200), new Color(255, 200, 120, 0)}));
        g.fill(new Ellipse2D.Double(330, 560, 340, 140));
        g.setColor(c(0x5a4530));
        g.fill(new RoundRectangle2D.Double(470, 236, 60, 24, 8, 8));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(500, 900), 300, new float[] {0f, 1f},
                new Color[] {new Color(255, 220, 160, 110), new Color(255, 220, 160, 0)}));
        g.fill(new Ellipse2D.Double(200, 840, 600, 120));
    }
}
