package id.go.bnn.pasarbersinar.accessmatrix;

import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import java.util.List;

/** The access matrix of the catalog and of curation: listings, their review, collections, images, the audit log. */
class CatalogAccessMatrixTest extends AccessMatrix {

    @Override
    void addRows(List<Row> rows) {
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ListingReviews.approve of an NTT product", caller, () -> reviews.approve(nttProduct)));
        }
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfBanten, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Listings.create for an NTT group", caller,
                    () -> listings.create(nttGroup, listing("Produk Liar"), false)));
        }
        for (Caller caller : List.of(memberOfNtt, curatorOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Listings.recordSales", caller, () -> listings.recordSales(nttProduct, 100)));
        }
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Collections.create", caller,
                    () -> collections.create(new LocalizedText("Liar", "Wild"), new LocalizedText("x", "x"), true, List.of(nttProduct), false)));
        }
        // Issue 8, listings: another group's member, a member acting for its other group, another province's curator, a buyer, nobody.
        for (Caller caller : List.of(ownerOfBantenGroup, memberOfNttActingForItsOtherGroup, curatorOfBanten, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Listings.find of an NTT listing", caller, () -> listings.find(nttSubmitted)));
            rows.add(new Row(name(caller), "Listings.ofGroup of an NTT group", caller, () -> listings.ofGroup(nttGroup, null)));
            rows.add(new Row(name(caller), "Listings.createDraft for an NTT group", caller,
                    () -> listings.createDraft(nttGroup, edit("Draf Liar"))));
            rows.add(new Row(name(caller), "Listings.save of an NTT listing", caller, () -> listings.save(nttSubmitted, edit("Diubah Liar"))));
            rows.add(new Row(name(caller), "Listings.submit of an NTT listing", caller, () -> listings.submit(nttProduct)));
            rows.add(new Row(name(caller), "Listings.archive of an NTT listing", caller, () -> listings.archive(nttSubmitted)));
        }
        rows.add(new Row(name(curatorOfNtt), "Listings.submit (a member confirms, not the curator)", curatorOfNtt,
                () -> listings.submit(nttProduct)));
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ListingReviews.approve of a submitted NTT listing", caller, () -> reviews.approve(nttSubmitted)));
            rows.add(new Row(name(caller), "ListingReviews.requestChanges of an NTT listing", caller,
                    () -> reviews.requestChanges(nttSubmitted, "Liar")));
        }
        for (Caller caller : List.of(memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "ListingReviews.reviewQueue", caller, () -> reviews.reviewQueue()));
        }
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Images.store", caller, () -> images.store(new byte[] {1, 2, 3})));
        }
        // Issue #8, staff: collections and the audit log.
        for (Caller caller : List.of(memberOfNtt, ownerOfBantenGroup, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Collections.listForStaff", caller, () -> collections.listForStaff()));
            rows.add(new Row(name(caller), "Collections.describe", caller, () -> collections.describe(collection,
                    new LocalizedText("Liar", null), new LocalizedText(null, null))));
            rows.add(new Row(name(caller), "Collections.feature", caller, () -> collections.feature(collection, true)));
            rows.add(new Row(name(caller), "Collections.move", caller, () -> collections.move(collection, -1)));
            rows.add(new Row(name(caller), "AuditLog.newest", caller, () -> auditLog.newest(10, null, null)));
        }
        for (Caller caller : List.of(curatorOfBanten, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Collections.removeProduct of an NTT product", caller,
                    () -> collections.removeProduct(collection, nttProduct)));
        }
        for (Caller caller : List.of(curatorOfNtt, memberOfNtt, buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "BulkListings.insertApproved", caller, () -> bulkListings.insertApproved(List.of())));
            rows.add(new Row(name(caller), "SearchIndex.rebuild", caller, () -> searchIndex.rebuild()));
        }
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Images.store", caller, () -> images.store(new byte[] {1, 2, 3})));
        }
        // Issue #18: a picture checked and cleaned ahead (the demo's photos) is stored under the same rule.
        Images.Prepared prepared = Images.prepare(smallPng());
        for (Caller caller : List.of(buyerACaller, anonymous)) {
            rows.add(new Row(name(caller), "Images.store of a prepared picture", caller, () -> images.store(prepared)));
        }
    }

    private static byte[] smallPng() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
