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
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

/** Upcycled oil drums: the drum body, a chair, a table, a bin, a bookshelf, a paint-can planter. */
final class DemoDrums {

    private DemoDrums() {
    }

    static void drum(Graphics2D g, double left, double top, double width, double bottom, Color paint, int ribs) {
        double ry = width * 0.16;
        Path2D body = new Path2D.Double();
        body.moveTo(left, top);
        body.lineTo(left, bottom);
        body.append(new Arc2D.Double(left, bottom - ry, width, 2 * ry, 180, 180, Arc2D.OPEN), true);
        body.lineTo(left + width, top);
        body.closePath();
        g.setColor(paint);
        g.fill(body);
        g.setStroke(new BasicStroke(9f));
        double step = (bottom - top) / (ribs + 1);
        for (int i = 1; i <= ribs; i++) {
            double y = top + step * i;
            g.setColor(mix(paint, Color.BLACK, 0.35));
            g.draw(new Arc2D.Double(left, y - ry, width, 2 * ry, 180, 180, Arc2D.OPEN));
            g.setColor(mix(paint, Color.WHITE, 0.3));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Arc2D.Double(left, y - ry - 6, width, 2 * ry, 200, 140, Arc2D.OPEN));
            g.setStroke(new BasicStroke(9f));
        }
        cylinderShade(g, body, left, left + width);
    }

    static void drumChair(Graphics2D g, Look look, double cx, Color paint) {
        double width = 330;
        double left = cx - width / 2;
        double ry = width * 0.16;
        shadow(g, cx, 826, width * 0.7, 34, 140);
        Path2D back = new Path2D.Double();
        back.moveTo(left, 540);
        back.lineTo(left + 10, 300);
        back.quadTo(cx, 200, left + width - 10, 300);
        back.lineTo(left + width, 540);
        back.closePath();
        g.setColor(mix(paint, Color.BLACK, 0.25));
        g.fill(back);
        cylinderShade(g, back, left, left + width);
        Path2D inner = new Path2D.Double();
        inner.moveTo(left + 22, 540);
        inner.lineTo(left + 30, 320);
        inner.quadTo(cx, 236, left + width - 30, 320);
        inner.lineTo(left + width - 22, 540);
        inner.closePath();
        g.setPaint(new GradientPaint(0, 260, mix(paint, Color.BLACK, 0.45), 0, 540, mix(paint, Color.BLACK, 0.6)));
        g.fill(inner);
        drum(g, left, 540, width, 800, paint, 1);
        Ellipse2D seat = new Ellipse2D.Double(left - 4, 540 - ry - 14, width + 8, 2 * ry + 14);
        fill(g, seat, look.fabric().paint(90));
        shade(g, seat, 70, 60);
        g.setColor(alpha(Color.BLACK, 60));
        g.setStroke(new BasicStroke(8f));
        g.draw(new Arc2D.Double(left - 4, 540 - ry - 14, width + 8, 2 * ry + 14, 180, 180, Arc2D.OPEN));
    }

    static void drumTable(Graphics2D g, Look look) {
        shadow(g, 500, 820, 330, 40, 140);
        drum(g, 270, 560, 460, 790, look.paint(), 2);
        Ellipse2D edge = new Ellipse2D.Double(210, 510, 580, 150);
        g.setColor(WOOD.darker().darker());
        g.fill(edge);
        Ellipse2D top = new Ellipse2D.Double(210, 486, 580, 150);
        woodSurface(g, top);
        g.setColor(alpha(Color.BLACK, 40));
        g.setStroke(new BasicStroke(2f));
        for (int r = 1; r < 5; r++) {
            g.draw(new Ellipse2D.Double(500 - r * 60, 561 - r * 15, r * 120, r * 30));
        }
        g.setColor(c(0xefe8dc));
        g.fill(new Ellipse2D.Double(560, 520, 80, 30));
        g.fill(new RoundRectangle2D.Double(566, 470, 68, 66, 16, 16));
        g.setColor(c(0x5a3a22));
        g.fill(new Ellipse2D.Double(570, 466, 60, 18));
    }

    static void drumBin(Graphics2D g, Look look) {
        shadow(g, 500, 826, 240, 32, 140);
        double left = 330;
        double width = 340;
        drum(g, left, 290, width, 800, look.paint(), 2);
        Path2D body = new Path2D.Double();
        body.append(new Rectangle2D.Double(left, 290, width, 510), false);
        Shape clip = g.getClip();
        g.clip(body);
        Color[] p = {look.paint(), c(0xf3ede0), c(0x3f7d4e), c(0xf2b233)};
        Random random = look.random();
        for (int i = 0; i < 5; i++) {
            DemoBatik.paintedMotif(g, p, 0, left + 50 + random.nextInt((int) width - 100), 380 + i * 90, 36 + random.nextInt(16));
        }
        g.setClip(clip);
        cylinderShade(g, body, left, left + width);
        g.setColor(mix(look.paint(), Color.BLACK, 0.6));
        g.fill(new Ellipse2D.Double(left, 290 - width * 0.16, width, width * 0.32));
        g.setColor(mix(look.paint(), Color.WHITE, 0.2));
        g.setStroke(new BasicStroke(8f));
        g.draw(new Ellipse2D.Double(left, 290 - width * 0.16, width, width * 0.32));
    }

    static void drumShelf(Graphics2D g, Look look) {
        shadow(g, 500, 830, 260, 30, 140);
        RoundRectangle2D shell = new RoundRectangle2D.Double(320, 170, 360, 660, 80, 40);
        g.setColor(look.paint());
        g.fill(shell);
        cylinderShade(g, shell, 320, 680);
        RoundRectangle2D inside = new RoundRectangle2D.Double(350, 200, 300, 600, 60, 30);
        g.setColor(mix(look.paint(), Color.BLACK, 0.55));
        g.fill(inside);
        Color[] books = {c(0x2f5d8a), c(0xc8553d), c(0xe9c46a), c(0x2a9d8f), c(0xf4f1de), c(0x6d597a)};
        Random random = look.random();
        for (int shelf = 0; shelf < 3; shelf++) {
            double y = 380 + shelf * 200;
            double x = 370;
            while (x < 600) {
                double w = 22 + random.nextInt(20);
                double h = 110 + random.nextInt(50);
                g.setColor(books[random.nextInt(books.length)]);
                g.fill(new Rectangle2D.Double(x, y - h, w, h));
                g.setColor(alpha(Color.BLACK, 50));
                g.fill(new Rectangle2D.Double(x + w - 4, y - h, 4, h));
                x += w + 2;
            }
            g.setColor(mix(look.paint(), Color.WHITE, 0.15));
            g.fill(new RoundRectangle2D.Double(340, y, 320, 18, 10, 10));
        }
    }

    static void planter(Graphics2D g, Look look) {
        shadow(g, 500, 812, 170, 24, 140);
        Random random = look.random();
        for (int k = 0; k < 11; k++) {
            double angle = -Math.PI / 2 + (k - 5) * 0.2 + random.nextDouble() * 0.1;
            double length = 180 + random.nextInt(120);
            AffineTransform saved = g.getTransform();
            g.translate(500, 560);
            g.rotate(angle);
            g.setPaint(new GradientPaint(0, -20, c(0x6aa35b), 0, 20, c(0x2f5e34)));
            g.fill(new Ellipse2D.Double(0, -22, length, 44));
            g.setColor(alpha(Color.WHITE, 60));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(10, 0, length - 10, 0));
            g.setTransform(saved);
        }
        Rectangle2D can = new Rectangle2D.Double(385, 560, 230, 240);
        g.setColor(look.paint());
        g.fill(can);
        Color[] p = {look.paint(), c(0xf3ede0), c(0x3f7d4e), c(0xf2b233)};
        DemoBatik.paintedMotif(g, p, 0, 500, 690, 44);
        cylinderShade(g, can, 385, 615);
        g.setColor(METAL);
        g.fill(new Ellipse2D.Double(380, 548, 240, 36));
        g.setColor(c(0x3b2a1e));
        g.fill(new Ellipse2D.Double(392, 552, 216, 26));
        g.setColor(METAL.darker());
        g.setStroke(new BasicStroke(5f));
        g.draw(new QuadCurve2D.Double(385, 575, 300, 470, 430, 440));
    }
}
