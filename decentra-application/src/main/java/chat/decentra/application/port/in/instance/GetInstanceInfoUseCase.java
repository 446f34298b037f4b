package chat.decentra.application.port.in.instance;

/** The public facts about this instance, for the sign-up page. */
public interface GetInstanceInfoUseCase {

  InstanceInfo info();
}
