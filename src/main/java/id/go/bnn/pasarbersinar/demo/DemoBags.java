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
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

/** Bags and small leather goods: totes, slings, round bags, clutches with pearls, zipped pouches, wallets. */
final class DemoBags {

    private DemoBags() {
    }

    static void tote(Graphics2D g, Look look) {
        double w = 420 + look.random().nextInt(60);
        double h = 380 + look.random().nextInt(50);
        double left = 500 - w / 2;
        double top = 830 - h;
        Fabric fabric = look.fabric();
        Color handle = fabric.weave() == DemoFabrics.Weave.RUBBER ? c(0x1d1d1f)
                : fabric.weave() == DemoFabrics.Weave.CANVAS ? mix(fabric.base(), Color.BLACK, 0.15) : LEATHER;
        shadow(g, 500, 830, w * 0.6, 30, 130);
        handle(g, left + w * 0.3, left + w * 0.7, top, 200, mix(handle, Color.BLACK, 0.3));
        Path2D body = new Path2D.Double();
        body.moveTo(left + 10, top);
        body.lineTo(left + w - 10, top);
        body.lineTo(left + w, 800);
        body.quadTo(left + w, 830, left + w - 30, 830);
        body.lineTo(left + 30, 830);
        body.quadTo(left, 830, left, 800);
        body.closePath();
        fill(g, body, fabric.paint());
        if (look.titled("panel")) {
            Area band = new Area(body);
            band.intersect(new Area(new Rectangle2D.Double(0, top + h * 0.38, 1000, h * 0.3)));
            fill(g, band, look.second().paint());
        }
        if (look.titled("jakarta") || look.titled("canvas")) {
            skyline(g, look, left + w * 0.16, top + h * 0.22, w * 0.68, h * 0.55);
        }
        if (look.titled("acehnese")) {
            embroidery(g, left + 20, left + w - 20, top + h * 0.55, look.random());
        }
        if (fabric.weave() != DemoFabrics.Weave.CANVAS && fabric.weave() != DemoFabrics.Weave.RUBBER) {
            g.setColor(LEATHER);
            g.fill(new Rectangle2D.Double(left + 10, top, w - 20, 26));
        }
        if (fabric.weave() == DemoFabrics.Weave.RUBBER || fabric.weave() == DemoFabrics.Weave.CANVAS) {
            g.setColor(alpha(Color.WHITE, fabric.weave() == DemoFabrics.Weave.RUBBER ? 120 : 60));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {12f, 9f}, 0f));
            g.draw(new Line2D.Double(left + 16, top + 30, left + w - 16, top + 30));
        }
        shade(g, body, 40, 90);
        handle(g, left + w * 0.28, left + w * 0.72, top, 220, handle);
    }

    static void handle(Graphics2D g, double x0, double x1, double y, double height, Color colour) {
        Path2D strap = new Path2D.Double();
        strap.moveTo(x0, y + 12);
        strap.curveTo(x0, y - height, x1, y - height, x1, y + 12);
        g.setColor(colour);
        g.setStroke(new BasicStroke(20f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(strap);
        g.setColor(alpha(Color.WHITE, 45));
        g.setStroke(new BasicStroke(5f));
        g.draw(AffineTransform.getTranslateInstance(-3, -4).createTransformedShape(strap));
    }

    static void skyline(Graphics2D g, Look look, double x, double y, double w, double h) {
        Random random = look.random();
        Color ink = look.titled("jakarta") ? c(0x1f3b63) : c(0xb8452e);
        g.setColor(alpha(ink, 30));
        g.fill(new Ellipse2D.Double(x + w * 0.55, y + h * 0.05, w * 0.3, w * 0.3));
        double base = y + h;
        double cursor = x;
        Color[] houses = {c(0xc8553d), c(0x2d6a4f), c(0xe9a23b), c(0x3a6ea5), c(0x8c4a7c)};
        while (cursor < x + w - 30) {
            double bw = 50 + random.nextInt(50);
            double bh = h * (0.3 + random.nextDouble() * 0.35);
            g.setColor(look.titled("jakarta") ? ink : houses[random.nextInt(houses.length)]);
            g.fill(new Rectangle2D.Double(cursor, base - bh, bw - 6, bh));
            Path2D roof = new Path2D.Double();
            roof.moveTo(cursor - 6, base - bh);
            roof.lineTo(cursor + bw / 2 - 3, base - bh - 30);
            roof.lineTo(cursor + bw, base - bh);
            roof.closePath();
            g.fill(roof);
            g.setColor(alpha(c(0xf6efe2), 220));
            for (double wy = base - bh + 16; wy < base - 20; wy += 30) {
                g.fill(new Rectangle2D.Double(cursor + 10, wy, 10, 14));
                g.fill(new Rectangle2D.Double(cursor + bw - 26, wy, 10, 14));
            }
            cursor += bw;
        }
        if (look.titled("jakarta")) {
            double mx = x + w * 0.5;
            g.setColor(ink);
            Path2D monas = new Path2D.Double();
            monas.moveTo(mx - 16, base);
            monas.lineTo(mx - 7, base - h * 0.95);
            monas.lineTo(mx + 7, base - h * 0.95);
            monas.lineTo(mx + 16, base);
            monas.closePath();
            g.fill(monas);
            g.fill(new Rectangle2D.Double(mx - 60, base - 34, 120, 34));
            g.setColor(c(0xe0a93a));
            g.fill(new Ellipse2D.Double(mx - 12, base - h * 0.95 - 34, 24, 38));
        }
        g.setColor(alpha(ink, 200));
        g.fill(new Rectangle2D.Double(x - 10, base, w + 20, 8));
    }

    static void embroidery(Graphics2D g, double x0, double x1, double y, Random random) {
        Color[] threads = {c(0xc0262d), c(0xe7b53b), c(0x2f7a4c), c(0x1e1e1e)};
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int row = 0; row < 3; row++) {
            g.setColor(threads[(row + random.nextInt(2)) % threads.length]);
            Path2D zigzag = new Path2D.Double();
            zigzag.moveTo(x0, y + row * 26);
            for (double x = x0; x < x1; x += 22) {
                zigzag.lineTo(x + 11, y + row * 26 + (row % 2 == 0 ? -10 : 10));
                zigzag.lineTo(x + 22, y + row * 26);
            }
            g.draw(zigzag);
        }
    }

    static void sling(Graphics2D g, Look look) {
        double left = 330;
        double top = 480;
        double w = 340;
        double h = 270;
        shadow(g, 500, h + top + 6, 230, 24, 130);
        Path2D strap = new Path2D.Double();
        strap.moveTo(left + 20, top + 20);
        strap.curveTo(left - 60, 60, left + w + 60, 60, left + w - 20, top + 20);
        g.setColor(LEATHER);
        g.setStroke(new BasicStroke(16f));
        g.draw(strap);
        RoundRectangle2D body = new RoundRectangle2D.Double(left, top, w, h, 60, 60);
        fill(g, body, look.fabric().weave() == DemoFabrics.Weave.SONGKET ? new Color(0x3b2620) : look.fabric().paint());
        shade(g, body, 40, 90);
        Path2D flap = new Path2D.Double();
        flap.moveTo(left, top + 40);
        flap.quadTo(left, top, left + 40, top);
        flap.lineTo(left + w - 40, top);
        flap.quadTo(left + w, top, left + w, top + 40);
        flap.lineTo(left + w, top + h * 0.55);
        flap.quadTo(500, top + h * 0.75, left, top + h * 0.55);
        flap.closePath();
        g.setColor(alpha(Color.BLACK, 60));
        g.fill(AffineTransform.getTranslateInstance(0, 8).createTransformedShape(flap));
        fill(g, flap, look.fabric().paint());
        shade(g, flap, 50, 70);
        g.setColor(LEATHER);
        g.fill(new RoundRectangle2D.Double(485, top + h * 0.5, 30, 70, 12, 12));
        g.setColor(GOLD);
        g.fill(new RoundRectangle2D.Double(480, top + h * 0.62, 40, 16, 6, 6));
        g.setColor(LEATHER);
        g.fill(new Rectangle2D.Double(left + 8, top - 10, 26, 40));
        g.fill(new Rectangle2D.Double(left + w - 34, top - 10, 26, 40));
    }

    static void roundBag(Graphics2D g, Look look) {
        shadow(g, 500, 835, 210, 26, 130);
        handle(g, 380, 620, 410, 230, c(0x8a5a2b));
        Ellipse2D body = new Ellipse2D.Double(280, 390, 440, 440);
        fill(g, body, look.fabric().paint());
        g.setStroke(new BasicStroke(10f));
        for (int r = 40; r < 220; r += 45) {
            g.setColor(alpha(Color.BLACK, 45));
            g.draw(new Ellipse2D.Double(500 - r, 610 - r, 2 * r, 2 * r));
            g.setColor(alpha(Color.WHITE, 40));
            g.draw(new Ellipse2D.Double(500 - r + 3, 610 - r + 3, 2 * r, 2 * r));
        }
        g.setColor(LEATHER);
        g.fill(new RoundRectangle2D.Double(470, 380, 60, 46, 12, 12));
        shade(g, body, 60, 110);
        handle(g, 372, 628, 420, 240, c(0xa87038));
    }

    static void clutch(Graphics2D g, Look look) {
        double left = 250;
        double top = 470;
        double w = 500;
        double h = 270;
        shadow(g, 500, top + h + 4, 300, 26, 140);
        RoundRectangle2D body = new RoundRectangle2D.Double(left, top, w, h, 34, 34);
        fill(g, body, look.fabric().paint());
        shade(g, body, 40, 80);
        Path2D flap = new Path2D.Double();
        flap.moveTo(left + 4, top + 14);
        flap.quadTo(left + 4, top, left + 30, top);
        flap.lineTo(left + w - 30, top);
        flap.quadTo(left + w - 4, top, left + w - 4, top + 14);
        flap.lineTo(500, top + h * 0.62);
        flap.closePath();
        g.setColor(alpha(Color.BLACK, 70));
        g.fill(AffineTransform.getTranslateInstance(0, 8).createTransformedShape(flap));
        fill(g, flap, look.fabric().paint());
        shade(g, flap, 60, 60);
        if (look.titled("pearl")) {
            for (double t = 0.06; t <= 0.94; t += 0.055) {
                double x = t < 0.5 ? left + 4 + (500 - left - 4) * t * 2 : 500 + (left + w - 4 - 500) * (t - 0.5) * 2;
                double y = t < 0.5 ? top + 14 + (h * 0.62 - 14) * t * 2 : top + h * 0.62 - (h * 0.62 - 14) * (t - 0.5) * 2;
                pearl(g, x, y, 13);
            }
        }
        g.setPaint(new RadialGradientPaint(new Point2D.Double(494, top + h * 0.6), 30, new float[] {0f, 1f},
                new Color[] {c(0xfbe6a0), c(0xa4781f)}));
        g.fill(new Ellipse2D.Double(478, top + h * 0.56, 44, 34));
    }

    static void pearl(Graphics2D g, double x, double y, double r) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x - r * 0.35, y - r * 0.35), (float) (r * 1.3), new float[] {0f, 1f},
                new Color[] {Color.WHITE, c(0xcdbfae)}));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    static void pouch(Graphics2D g, Look look) {
        double left = 290;
        double top = 470;
        double w = 420;
        double h = 300;
        shadow(g, 500, top + h + 4, 260, 24, 140);
        Path2D body = new Path2D.Double();
        body.moveTo(left + 20, top);
        body.lineTo(left + w - 20, top);
        body.curveTo(left + w + 20, top + 80, left + w + 10, top + h, left + w - 50, top + h);
        body.lineTo(left + 50, top + h);
        body.curveTo(left - 10, top + h, left - 20, top + 80, left + 20, top);
        body.closePath();
        fill(g, body, look.fabric().paint());
        folds(g, body, look.random(), 2, 30);
        shade(g, body, 50, 90);
        g.setColor(c(0x2a2420));
        g.fill(new Rectangle2D.Double(left + 20, top - 4, w - 40, 16));
        g.setColor(METAL);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.draw(new Line2D.Double(left + 24, top + 4, left + w - 24, top + 4));
        g.setColor(METAL);
        g.setStroke(new BasicStroke(3f));
        g.fill(new RoundRectangle2D.Double(left + w - 90, top - 6, 34, 20, 6, 6));
        g.draw(new Ellipse2D.Double(left + w - 84, top + 12, 22, 34));
        g.setColor(look.fabric().accent());
        g.fill(new RoundRectangle2D.Double(left + w - 80, top + 40, 14, 44, 6, 6));
    }

    static void wallet(Graphics2D g, Look look) {
        double left = 250;
        double top = 500;
        double w = 500;
        double h = 240;
        shadow(g, 500, top + h + 4, 300, 24, 150);
        boolean sachet = look.fabric().weave() == DemoFabrics.Weave.SACHET;
        RoundRectangle2D body = new RoundRectangle2D.Double(left, top, w, h, 24, 24);
        if (!sachet) {
            Color[] cards = {c(0x2f6b9a), c(0xe0b03c)};
            for (int i = 0; i < 2; i++) {
                g.setColor(cards[i]);
                g.fill(new RoundRectangle2D.Double(left + 40 + i * 70, top - 40 + i * 14, 170, 90, 12, 12));
            }
        }
        fill(g, body, sachet ? look.fabric().paint() : new Color(0x4a2a22));
        shade(g, body, 40, 80);
        Path2D flap = new Path2D.Double();
        flap.moveTo(left, top + 20);
        flap.quadTo(left, top, left + 20, top);
        flap.lineTo(left + w - 20, top);
        flap.quadTo(left + w, top, left + w, top + 20);
        flap.lineTo(left + w, top + h * 0.45);
        flap.lineTo(left, top + h * 0.45);
        flap.closePath();
        g.setColor(alpha(Color.BLACK, 70));
        g.fill(AffineTransform.getTranslateInstance(0, 6).createTransformedShape(flap));
        fill(g, flap, look.fabric().paint());
        shade(g, flap, 50, 60);
        g.setColor(alpha(Color.WHITE, 90));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        g.draw(new RoundRectangle2D.Double(left + 12, top + 12, w - 24, h - 24, 16, 16));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(left + w - 66, top + h * 0.42), 22, new float[] {0f, 1f},
                new Color[] {c(0xfbe6a0), c(0x8d6418)}));
        g.fill(new Ellipse2D.Double(left + w - 86, top + h * 0.42 - 20, 40, 40));
    }
}
