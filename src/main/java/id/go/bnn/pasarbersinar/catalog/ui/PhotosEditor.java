package id.go.bnn.pasarbersinar.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
import id.go.bnn.pasarbersinar.catalog.ListingEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The listing's photos in the editor: straight from the camera or gallery, checked and cleaned by the catalog, each
 * with its description, in an order the producer sets (the first is the cover).
 */
final class PhotosEditor extends Div {

    final List<PhotoRow> rows = new ArrayList<>();
    final Paragraph message = new Paragraph();
    private final Div list = new Div();
    private final Images images;
    private final Supplier<String> defaultAlt;

    /** {@code defaultAlt} describes a new photo until the producer writes better: the listing's title as it stands. */
    PhotosEditor(Images images, Supplier<String> defaultAlt) {
        this.images = images;
        this.defaultAlt = defaultAlt;
        InMemoryUploadHandler handler = UploadHandler.inMemory((metadata, bytes) -> addUploaded(bytes));
        Upload upload = new Upload(handler);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(Images.MAX_BYTES);
        upload.setMaxFiles(ListingEdit.MAX_PHOTOS);
        upload.setDropLabel(new Span(getTranslation("catalog.editor.photos.help")));
        upload.setUploadButton(new Button(getTranslation("catalog.editor.photos.add"), VaadinIcon.CAMERA.create()));
        upload.addFileRejectedListener(rejected -> showMessage("catalog.upload.too-large"));
        upload.addClassName("pb-upload");
        message.addClassName("pb-field-error");
        message.setVisible(false);
        list.addClassName("pb-photo-list");
        add(upload, message, list);
    }

    /** A photo in the listing: thumbnail, alt text, move, make cover, remove. */
    final class PhotoRow {
        final String hash;
        final TextField alt = new TextField(getTranslation("catalog.editor.photo.alt"));
        final String altEn;
        final Div row = new Div();

        PhotoRow(String hash, String altId, String altEn) {
            this.hash = hash;
            this.altEn = altEn;
            alt.setValue(altId == null ? "" : altId);
            alt.setMaxLength(ListingEdit.MAX_ALT_LENGTH);
            alt.setHelperText(getTranslation("catalog.editor.photo.alt.help"));
            row.addClassName("pb-photo");
        }

        void render(int index) {
            row.removeAll();
            Div tools = new Div();
            tools.addClassName("pb-photo-tools");
            if (index == 0) {
                Span cover = new Span(getTranslation("catalog.editor.photo.cover"));
                cover.addClassName("pb-photo-cover");
                tools.add(cover);
            } else {
                Button makeCover = new Button(getTranslation("catalog.editor.photo.make-cover"), click -> move(this, 0));
                makeCover.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Button earlier = new Button(VaadinIcon.ARROW_UP.create(), click -> move(this, index - 1));
                earlier.setAriaLabel(getTranslation("catalog.editor.photo.earlier"));
                earlier.addThemeVariants(ButtonVariant.LUMO_SMALL);
                tools.add(makeCover, earlier);
            }
            if (index < rows.size() - 1) {
                Button later = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(this, index + 1));
                later.setAriaLabel(getTranslation("catalog.editor.photo.later"));
                later.addThemeVariants(ButtonVariant.LUMO_SMALL);
                tools.add(later);
            }
            Button remove = new Button(getTranslation("catalog.editor.photo.remove"), VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                renderAll();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            tools.add(remove);
            Div side = new Div(alt, tools);
            side.addClassName("pb-photo-side");
            row.add(PortalParts.thumbnail(hash, alt.getValue()), side);
        }
    }

    /** Shows the listing's photos as the editor opens. */
    void show(List<ListingEdit.Photo> photos) {
        photos.forEach(photo -> rows.add(new PhotoRow(photo.hash(), photo.altId(), photo.altEn())));
        renderAll();
    }

    /** Stores an uploaded photo (checked and cleaned by the catalog) and shows it, or says why it was refused. */
    void addUploaded(byte[] bytes) {
        UI ui = UI.getCurrent();
        String problem = null;
        ImageRef stored = null;
        if (rows.size() >= ListingEdit.MAX_PHOTOS) {
            problem = "catalog.editor.photos.too-many";
        } else {
            try {
                stored = images.store(bytes);
            } catch (InvalidImageException refused) {
                problem = refused.messageKey();
            }
        }
        ImageRef picture = stored;
        String refusal = problem;
        Runnable show = () -> {
            if (refusal != null) {
                showMessage(refusal);
            } else if (rows.stream().noneMatch(photo -> photo.hash.equals(picture.hash()))) {
                message.setVisible(false);
                String alt = defaultAlt.get();
                rows.add(new PhotoRow(picture.hash(), alt.isBlank() ? null : alt, null));
                renderAll();
            }
        };
        if (ui != null && !ui.getSession().hasLock()) {
            ui.access(show::run);
        } else {
            show.run();
        }
    }

    List<ListingEdit.Photo> values() {
        return rows.stream().map(p -> new ListingEdit.Photo(p.hash, p.alt.getValue().strip(), p.altEn)).toList();
    }

    void showMessage(String key) {
        message.setText(getTranslation(key));
        message.setVisible(true);
    }

    private void move(PhotoRow photo, int to) {
        rows.remove(photo);
        rows.add(Math.max(0, Math.min(to, rows.size())), photo);
        renderAll();
    }

    private void renderAll() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).render(i);
            list.add(rows.get(i).row);
        }
    }
}
