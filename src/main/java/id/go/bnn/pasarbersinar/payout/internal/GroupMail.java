package id.go.bnn.pasarbersinar.payout.internal;

import id.go.bnn.pasarbersinar.identity.Accounts;
import id.go.bnn.pasarbersinar.mail.BilingualMail;
import id.go.bnn.pasarbersinar.mail.Mailer;
import id.go.bnn.pasarbersinar.producer.GroupId;
import id.go.bnn.pasarbersinar.producer.GroupSummary;
import id.go.bnn.pasarbersinar.producer.ProducerGroups;
import id.go.bnn.pasarbersinar.shared.Caller;
import org.springframework.stereotype.Component;

/**
 * Mails every member of a group about its money (a changed destination, a payout paid), in both languages
 * ({@link BilingualMail}). Arguments are text (amounts already formatted): {0} is the group's name.
 */
@Component
public class GroupMail {

    private final Accounts accounts;
    private final ProducerGroups groups;
    private final Mailer mailer;

    GroupMail(Accounts accounts, ProducerGroups groups, Mailer mailer) {
        this.accounts = accounts;
        this.groups = groups;
        this.mailer = mailer;
    }

    public void send(long groupId, String subjectKey, String bodyKey, String... parameters) {
        String name = groups.find(new GroupId(groupId)).map(GroupSummary::name).orElse("#" + groupId);
        Object[] arguments = new Object[parameters.length + 1];
        arguments[0] = name;
        System.arraycopy(parameters, 0, arguments, 1, parameters.length);
        // Whoever caused the mail (an administrator, a job) may not read member addresses; the shop itself does.
        for (String to : Caller.runAsSystem(() -> accounts.memberEmails(new GroupId(groupId)))) {
            mailer.send(BilingualMail.compose(to, subjectKey, bodyKey, arguments));
        }
    }
}
