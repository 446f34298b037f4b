package chat.decentra.application.port.in.instance;

/** Whether this node can serve requests: its database answers. */
public interface CheckReadinessUseCase {

  boolean isReady();
}
