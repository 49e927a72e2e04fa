/**
 * The frame of every page: MainLayout, navigation from @Menu entries, language switch, error views and shared UI components. Knows no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package id.go.bnn.pasarbersinar.shell;
