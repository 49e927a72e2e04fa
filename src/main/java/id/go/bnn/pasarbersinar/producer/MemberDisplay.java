package id.go.bnn.pasarbersinar.producer;

/**
 * How a group's members appear on its public page. The default shows the group's name only; a group may choose to
 * show its members' first names or pseudonyms they chose. Full names, phones and addresses are never public.
 */
public enum MemberDisplay {
    GROUP_NAME, FIRST_NAMES, PSEUDONYMS
}
