package chat.decentra.domain.event;

/** Something that happened which connected clients may need to hear about. */
public interface DomainEvent {}
