package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.bnn.pasarbersinar.message.ConversationSummary;
import id.go.bnn.pasarbersinar.message.MessageException;
import id.go.bnn.pasarbersinar.shared.LocalizedText;
import id.go.bnn.pasarbersinar.shared.ShopTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What the message pages share: an inbox list, dates in the page's language, a refusal in words. */
final class MessagePages {

    private MessagePages() {
    }

    static Div inbox(Component source, List<ConversationSummary> conversations, boolean showGroup) {
        Div list = new Div();
        list.addClassName("pb-inbox");
        if (conversations.isEmpty()) {
            list.add(new Paragraph(source.getTranslation("message.inbox.none")));
            return list;
        }
        for (ConversationSummary conversation : conversations) {
            Anchor link = new Anchor("pesan/" + conversation.id(), conversation.subject());
            link.addClassName("pb-inbox-subject");
            Div row = new Div(link);
            if (showGroup) {
                Span group = new Span(conversation.groupName());
                group.addClassName("pb-inbox-group");
                row.add(group);
            }
            Span when = new Span(dateTime(source, conversation.lastMessageAt()));
            when.addClassName("pb-inbox-when");
            row.add(when);
            if (conversation.unread() > 0) {
                Span unread = new Span(source.getTranslation("message.inbox.unread", conversation.unread()));
                unread.addClassName("pb-inbox-unread");
                row.add(unread);
                row.addClassName("pb-inbox-row-unread");
            }
            row.addClassName("pb-inbox-row");
            list.add(row);
        }
        return list;
    }

    static Paragraph problem(Component source, MessageException e) {
        Paragraph problem = new Paragraph(source.getTranslation(e.messageKey(), e.arguments()));
        problem.addClassName("pb-form-error");
        return problem;
    }

    static Locale locale(Component source) {
        return source.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(LocalizedText.INDONESIAN);
    }

    static String dateTime(Component source, Instant instant) {
        return ShopTime.dateTime(instant, locale(source));
    }
}
