package id.go.bnn.pasarbersinar.message.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.bnn.pasarbersinar.message.Conversation;
import id.go.bnn.pasarbersinar.message.MessageException;
import id.go.bnn.pasarbersinar.message.Messages;
import id.go.bnn.pasarbersinar.message.Side;

/**
 * One conversation: its messages oldest first (as text, never markup), a box to write in and a report button for
 * the two sides; the curator reads only.
 */
class ConversationPanel extends Div {

    private final Messages messages;
    private final long id;
    private final String token;
    private final Div problems = new Div();

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
                messages.write(id, token, text.getValue());
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
        add(text, actions);
    }
}
