package id.go.bnn.pasarbersinar.demo;

import id.go.bnn.pasarbersinar.demo.DemoFabrics.Fabric;
import id.go.bnn.pasarbersinar.demo.DemoPictures.Kind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Random;

/**
 * Draws one demo product as an object standing (or hanging) in a 1000 × 1000 unit frame, its foot near y = 830:
 * a cloth on a rod, a shirt on a hanger, a hijab on a head form, a bag with handles, a lamp, a drum chair, a jar …
 */
final class DemoObjects {

    /** What a drawing needs: the kind of thing, its main and second surface, a paint colour and the product's dice. */
    record Look(Kind kind, String title, Fabric fabric, Fabric second, Color paint, Random random) {

        boolean titled(String word) {
            return title.contains(word);
        }
    }

    private DemoObjects() {
    }

    static void draw(Graphics2D g, Look look) {
        switch (look.kind()) {
            case CLOTH -> DemoCloths.hangingCloth(g, look);
            case SHAWL -> DemoCloths.shawl(g, look);
            case SHIRT, TSHIRT, BLOUSE, VEST, OUTER -> DemoGarments.garment(g, look);
            case CAP -> DemoGarments.cap(g, look);
            case HIJAB -> DemoGarments.hijab(g, look);
            case TOTE -> DemoBags.tote(g, look);
            case SLING -> DemoBags.sling(g, look);
            case ROUND_BAG -> DemoBags.roundBag(g, look);
            case CLUTCH -> DemoBags.clutch(g, look);
            case POUCH -> DemoBags.pouch(g, look);
            case WALLET -> DemoBags.wallet(g, look);
            case KEY_RING -> DemoTrinkets.keyRing(g, look);
            case MASK -> DemoTrinkets.mask(g, look);
            case BRACELET -> DemoTrinkets.bracelet(g, look);
            case BROOCH -> DemoTrinkets.brooch(g, look);
            case FRAME -> DemoTrinkets.frame(g, look);
            case RUNNER -> DemoCloths.runner(g, look);
            case BASKET -> DemoHomeware.basket(g, look);
            case FOOD_COVER -> DemoHomeware.foodCover(g, look);
            case PLACEMATS -> DemoHomeware.placemats(g, look);
            case SLIPPERS -> DemoHomeware.slippers(g, look);
            case WALL_HANGING -> DemoCloths.wallHanging(g, look);
            case MAT -> DemoCloths.mat(g, look);
            case TABLE_LAMP -> DemoHomeware.tableLamp(g, look);
            case PENDANT_LAMP -> DemoHomeware.pendantLamp(g, look);
            case DRUM_CHAIR -> DemoDrums.drumChair(g, look, 500, look.paint());
            case DRUM_TABLE -> DemoDrums.drumTable(g, look);
            case DRUM_BIN -> DemoDrums.drumBin(g, look);
            case DRUM_SHELF -> DemoDrums.drumShelf(g, look);
            case PLANTER -> DemoDrums.planter(g, look);
            case SNACK, COFFEE -> DemoPantry.pouchPack(g, look);
            case HONEY -> DemoPantry.honey(g, look);
        }
    }
}
