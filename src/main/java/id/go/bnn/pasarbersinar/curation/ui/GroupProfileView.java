package id.go.bnn.pasarbersinar.curation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.go.bnn.pasarbersinar.catalog.ImageRef;
import id.go.bnn.pasarbersinar.catalog.Images;
import id.go.bnn.pasarbersinar.identity.GroupMember;
import id.go.bnn.pasarbersinar.identity.GroupMembers;
import id.go.bnn.pasarbersinar.identity.PhoneNumbers;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupProfile;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.MemberDisplay;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The group's own page about itself, for a member acting for it: its story, photos, contact phone and how its members
 * appear on the public group page (the group's name only unless it chooses first names or pseudonyms).
 */
@Route("mitra/profil")
@RolesAllowed("PRODUCER")
@Menu(title = "curation.menu.profile", order = 71)
@StyleSheet("styles/curation.css")
class GroupProfileView extends Div implements HasDynamicTitle {

    private final ProducerGroups groups;
    private final GroupMembers members;
    private final Images images;
    private final Feedback feedback = new Feedback();
    private final List<String> photos = new ArrayList<>();
    private final Div photoStrip = new Div();
    private GroupId group;

    GroupProfileView(ProducerGroups groups, GroupMembers members, Images images) {
        this.groups = groups;
        this.members = members;
        this.images = images;
        addClassName("pb-staff-page");
        addClassName("pb-curation-page");
        addClassName("pb-profile-page");
        Caller caller = Caller.current();
        if (caller.actingGroup() == null) {
            add(new H1(getTranslation("curation.profile.heading")), new Paragraph(getTranslation("curation.profile.no-group")));
            return;
        }
        group = new GroupId(caller.actingGroup());
        GroupSummary summary = groups.find(group).orElseThrow();
        GroupProfile profile = groups.profile(group);
        photos.addAll(profile.photoHashes());

        TextArea storyId = new TextArea(getTranslation("curation.profile.story-id"));
        storyId.setValue(nullToEmpty(profile.story().id()));
        storyId.setMaxLength(GroupProfile.MAX_STORY);
        storyId.setWidthFull();
        storyId.setHelperText(getTranslation("curation.profile.story.help"));
        TextArea storyEn = new TextArea(getTranslation("curation.profile.story-en"));
        storyEn.setValue(nullToEmpty(profile.story().en()));
        storyEn.setMaxLength(GroupProfile.MAX_STORY);
        storyEn.setWidthFull();
        TextField phone = new TextField(getTranslation("curation.profile.phone"));
        phone.setValue(nullToEmpty(profile.contactPhone()));
        phone.setHelperText(getTranslation("curation.profile.phone.help"));
        phone.setMaxLength(24);
        phone.setWidthFull();
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "tel");

        // The size limit of the component is the browser's; the server reads at most one byte more than allowed.
        UploadHandler handler = event -> {
            byte[] bytes;
            try (var input = event.getInputStream()) {
                bytes = input.readNBytes(Images.MAX_BYTES + 1);
            }
            UI ui = event.getUI();
            ui.access(() -> photoUploaded(bytes));
        };
        Upload upload = new Upload(handler);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        upload.setMaxFileSize(Images.MAX_BYTES);
        upload.setMaxFiles(GroupProfile.MAX_PHOTOS);
        upload.addFileRejectedListener(event -> feedback.error("curation.profile.photo-rejected"));
        photoStrip.addClassName("pb-profile-photos");
        showPhotos();

        RadioButtonGroup<MemberDisplay> display = new RadioButtonGroup<>(getTranslation("curation.profile.display"));
        display.setItems(MemberDisplay.values());
        display.setItemLabelGenerator(choice -> getTranslation("curation.profile.display" + "." + choice.name()));
        display.setValue(profile.memberDisplay());
        display.addClassName("pb-profile-display");

        Div pseudonyms = new Div();
        pseudonyms.addClassName("pb-profile-pseudonyms");
        Map<GroupMember, TextField> pseudonymFields = new LinkedHashMap<>();
        for (GroupMember member : members.members(group)) {
            TextField field = new TextField(getTranslation("curation.profile.pseudonym-of", member.name()));
            field.setValue(nullToEmpty(member.publicName()));
            field.setMaxLength(GroupMembers.MAX_PSEUDONYM);
            field.setWidthFull();
            pseudonymFields.put(member, field);
            pseudonyms.add(field);
        }
        pseudonyms.setVisible(profile.memberDisplay() == MemberDisplay.PSEUDONYMS);
        display.addValueChangeListener(event -> pseudonyms.setVisible(event.getValue() == MemberDisplay.PSEUDONYMS));
        Paragraph privacy = new Paragraph(getTranslation("curation.profile.privacy"));
        privacy.addClassName("pb-profile-privacy");

        Button save = new Button(getTranslation("curation.profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            String typedPhone = phone.getValue().strip();
            String normalized = typedPhone.isEmpty() ? null : PhoneNumbers.normalize(typedPhone).orElse(null);
            phone.setInvalid(!typedPhone.isEmpty() && normalized == null);
            phone.setErrorMessage(getTranslation("producer.error.phone"));
            storyId.setInvalid(storyId.getValue().isBlank());
            storyId.setErrorMessage(getTranslation("producer.error.story-required"));
            boolean pseudonymsOk = true;
            for (TextField field : pseudonymFields.values()) {
                boolean ok = field.getValue().strip().length() <= GroupMembers.MAX_PSEUDONYM;
                field.setInvalid(!ok);
                field.setErrorMessage(getTranslation("identity.error.pseudonym-invalid"));
                pseudonymsOk &= ok;
            }
            if (phone.isInvalid() || storyId.isInvalid() || !pseudonymsOk || display.getValue() == null) {
                feedback.error("curation.error.check-fields");
                return;
            }
            try {
                groups.updateProfile(group, new LocalizedText(storyId.getValue(), storyEn.getValue()), normalized, List.copyOf(photos),
                        display.getValue());
                for (Map.Entry<GroupMember, TextField> entry : pseudonymFields.entrySet()) {
                    String typed = entry.getValue().getValue().strip();
                    if (!typed.equals(nullToEmpty(entry.getKey().publicName()))) {
                        members.choosePseudonym(group, entry.getKey().account(), typed);
                    }
                }
                if (normalized != null) {
                    phone.setValue(normalized);
                }
                feedback.success("curation.profile.saved");
            } catch (RuntimeException problem) {
                feedback.refused(problem);
            }
        });

        Paragraph intro = new Paragraph(getTranslation("curation.profile.intro", summary.name()));
        add(new H1(getTranslation("curation.profile.heading")), intro, feedback, storyId, storyEn, phone,
                new H2(getTranslation("curation.profile.photos")), photoStrip, upload,
                new H2(getTranslation("curation.profile.members")), display, pseudonyms, privacy, save, impactConsent());
    }

    /**
     * The group's consent to show what it earned through the shop on its public page: off until a member switches it
     * on; saved at once (the service keeps who switched it and when).
     */
    private Div impactConsent() {
        com.vaadin.flow.component.checkbox.Checkbox consent = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("curation.profile.impact-consent"));
        consent.setValue(groups.impactConsent(group));
        consent.addClassName("pb-profile-impact-consent");
        consent.addValueChangeListener(change -> {
            if (!change.isFromClient() && change.getValue() == groups.impactConsent(group)) {
                return;
            }
            try {
                groups.setImpactConsent(group, change.getValue());
                feedback.success(change.getValue() ? "curation.profile.impact-consent.on" : "curation.profile.impact-consent.off");
            } catch (RuntimeException problem) {
                feedback.refused(problem);
            }
        });
        Paragraph help = new Paragraph(getTranslation("curation.profile.impact-consent.help"));
        help.addClassName("pb-profile-privacy");
        Div box = new Div(new H2(getTranslation("curation.profile.impact-consent.title")), help, consent);
        box.addClassName("pb-profile-impact");
        return box;
    }

    /** Stores an uploaded photo (checked by its content in {@link Images}) and shows it; saved with the profile. */
    void photoUploaded(byte[] bytes) {
        if (photos.size() >= GroupProfile.MAX_PHOTOS) {
            feedback.error("producer.error.too-many-photos");
            return;
        }
        try {
            ImageRef stored = images.store(bytes);
            if (!photos.contains(stored.hash())) {
                photos.add(stored.hash());
            }
            showPhotos();
            feedback.success("curation.profile.photo-added");
        } catch (RuntimeException problem) {
            feedback.refused(problem);
        }
    }

    List<String> photos() {
        return List.copyOf(photos);
    }

    private void showPhotos() {
        photoStrip.removeAll();
        if (photos.isEmpty()) {
            photoStrip.add(new Paragraph(getTranslation("curation.profile.no-photos")));
        }
        for (String hash : List.copyOf(photos)) {
            Image image = new Image(ImageRef.url(hash, ImageRef.SMALL), getTranslation("curation.profile.photo"));
            image.setWidth("120px");
            image.setHeight("120px");
            Button remove = new Button(getTranslation("curation.profile.photo-remove"), click -> {
                photos.remove(hash);
                showPhotos();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div tile = new Div(image, remove);
            tile.addClassName("pb-profile-photo");
            photoStrip.add(tile);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("curation.profile.heading") + " | " + getTranslation("shell.brand");
    }
}
