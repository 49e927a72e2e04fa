package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.catalog.InvalidImageException;
import id.go.bnn.pasarbersinar.message.Conversation;
import id.go.bnn.pasarbersinar.message.MessageException;
import id.go.bnn.pasarbersinar.message.Messages;
import id.go.bnn.pasarbersinar.message.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * One conversation: its messages oldest first (as text, never markup) with their photos as thumbnails linking to the
 * larger picture, a box to write in with up to three photos and a report button for the two sides; the curator reads
 * only.
 */
class ConversationPanel extends Div {

    private final Messages messages;
    private final long id;
    private final String token;
    private final Div problems = new Div();
    /** Photos chosen for the next message: checked when uploaded, checked again by {@link Messages#write}. */
    private final List<byte[]> photos = new ArrayList<>();
    private final Paragraph photoState = new Paragraph();

    ConversationPanel(Messages messages, long id, String token) {
        this.messages = messages;
        this.id = id;
        this.token = token;
        addClassName("pb-conversation");
        show(messages.read(id, token));
    }

    private void show(Conversation conversation) {
        removeAll();
        add(new H1(conversation.subject()));
        Paragraph with = new Paragraph(getTranslation("message.conversation.with", conversation.groupName()));
        with.addClassName("pb-conversation-with");
        add(with);
        if (conversation.reported()) {
            Paragraph reported = new Paragraph(getTranslation("message.conversation.reported"));
            reported.addClassName("pb-conversation-reported");
            add(reported);
        }
        Div posts = new Div();
        posts.addClassName("pb-posts");
        if (conversation.posts().isEmpty()) {
            posts.add(new Paragraph(getTranslation("message.conversation.empty")));
        }
        for (Conversation.Post post : conversation.posts()) {
            Span who = new Span(getTranslation(post.mine() ? "message.post.you"
                    : post.side() == Side.GROUP ? "message.post.group" : "message.post.buyer"));
            who.addClassName("pb-post-who");
            Span when = new Span(MessagePages.dateTime(this, post.createdAt()));
            when.addClassName("pb-post-when");
            Paragraph body = new Paragraph(post.body());
            body.addClassName("pb-post-body");
            Div row = new Div(who, when, body);
            if (!post.photos().isEmpty()) {
                row.add(photos(post.photos()));
            }
            row.addClassNames("pb-post", post.mine() ? "pb-post-mine" : "pb-post-theirs");
            posts.add(row);
        }
        add(posts, problems);
        if (!conversation.canWrite()) {
            return;
        }
        TextArea text = new TextArea(getTranslation("message.conversation.write"));
        text.setMaxLength(messages.maxLength());
        text.addClassName("pb-message-text");
        text.setWidthFull();
        Button send = new Button(getTranslation("message.conversation.send"), click -> {
            try {
                messages.write(id, token, text.getValue(), List.copyOf(photos));
                photos.clear();
                photoState.setText("");
                problems.removeAll();
                show(messages.read(id, token));
            } catch (MessageException e) {
                problems.removeAll();
                problems.add(MessagePages.problem(this, e));
            }
        });
        send.addClassName("pb-message-send");
        Div actions = new Div(send);
        actions.addClassName("pb-conversation-actions");
        if (!conversation.reported()) {
            Button report = new Button(getTranslation("message.conversation.report"), click -> {
                messages.report(id, token);
                show(messages.read(id, token));
            });
            report.addClassName("pb-message-report");
            actions.add(report);
        }
        add(text, upload(), photoState, actions);
    }

    private Div photos(List<String> hashes) {
        Div photos = new Div();
        photos.addClassName("pb-post-photos");
        for (String hash : hashes) {
            // Never the public /gambar/… address: the message module serves these to those who may read the conversation.
            Image image = new Image(Messages.photoPath(id, hash, ImageRef.SMALL, token), getTranslation("message.post.photo-alt"));
            image.setWidth("120px");
            Anchor larger = new Anchor(Messages.photoPath(id, hash, ImageRef.LARGE, token), image);
            larger.setTarget("_blank");
            larger.addClassName("pb-post-photo");
            photos.add(larger);
        }
        return photos;
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> photoUploaded(bytes)));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(Images.MAX_BYTES);
        upload.setMaxFiles(Messages.MAX_PHOTOS);
        upload.setUploadButton(new Button(getTranslation("message.conversation.photos.add"), VaadinIcon.CAMERA.create()));
        upload.setDropLabel(new Span(getTranslation("message.conversation.photos", Messages.MAX_PHOTOS)));
        upload.addFileRejectedListener(rejected -> photoState.setText(getTranslation("catalog.upload.too-large")));
        upload.addClassName("pb-message-upload");
        photoState.addClassName("pb-message-photo-state");
        return upload;
    }

    /** Keeps an uploaded photo for the next message once the catalog's check accepts it, and says how many there are. */
    void photoUploaded(byte[] bytes) {
        String message;
        if (photos.size() >= Messages.MAX_PHOTOS) {
            message = getTranslation("message.error.photos", Messages.MAX_PHOTOS);
        } else {
            try {
                Images.prepare(bytes);
                photos.add(bytes);
                message = getTranslation("message.conversation.photo-added", photos.size(), Messages.MAX_PHOTOS);
            } catch (InvalidImageException refused) {
                message = getTranslation(refused.messageKey());
            }
        }
        String said = message;
        UI ui = UI.getCurrent();
        if (ui != null && !ui.getSession().hasLock()) {
            ui.access(() -> photoState.setText(said));
        } else {
            photoState.setText(said);
        }
    }
}
