package dev.pantherkernel.emulator.ai;

/**
 * How long a summary is asked to be ({@code OutputLength}); the demo's summaries grow by sections: how many values of
 * each kind of entity and how many events of the timeline they show.
 */
public enum OutputLength {
    xsmall(0, 0), small(3, 0), medium(5, 3), large(10, 5), xlarge(10, 10), largest(20, 20);

    private final int entities;
    private final int events;

    OutputLength(int entities, int events) {
        this.entities = entities;
        this.events = events;
    }

    int entities() {
        return entities;
    }

    int events() {
        return events;
    }
}
