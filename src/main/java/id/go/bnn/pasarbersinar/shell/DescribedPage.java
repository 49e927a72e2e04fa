package id.go.bnn.pasarbersinar.shell;

/**
 * A view that says what it is about in one or two sentences: the first HTML carries it as the page's description
 * and share text. Views without it get the shop's own description.
 */
public interface DescribedPage {

    String getPageDescription();
}
