package id.go.bnn.pasarbersinar.reporting;

import java.util.Optional;

/**
 * Where a sale was made: in the online shop (an order paid through a payment provider) or at an exhibition booth (a
 * sale recorded on the booth page). Every dashboard figure is split by it; {@link #parameter} is its value in the
 * address ({@code ?kanal=pameran}).
 */
public enum Channel {
    ONLINE("online"), BOOTH("pameran");

    private final String parameter;

    Channel(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return this == ONLINE ? "reporting.channel.online" : "reporting.channel.booth";
    }

    public static Optional<Channel> ofParameter(String text) {
        for (Channel channel : values()) {
            if (channel.parameter.equals(text)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
