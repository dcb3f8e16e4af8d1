package org.sijil.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sijil.server.service.RegisterService;

/**
 * A register that serves another one but can hold a search or a {@code matching} inside the server
 * (until the test releases it) and fail the next {@code matching}: the server's gate and its
 * clients can then be watched in a known state.
 */
final class HeldRegister implements InvocationHandler {

  /** Counted down when the held search or matching has begun. */
  final CountDownLatch entered = new CountDownLatch(1);

  /** Lets the held search or matching go on. */
  final CountDownLatch release = new CountDownLatch(1);

  /** Calls of {@code matching} (downloads, memorial). */
  final AtomicInteger matchings = new AtomicInteger();

  private final RegisterService served;
  private volatile boolean holdNext;
  private volatile boolean failNextMatching;

  private HeldRegister(RegisterService served) {
    this.served = served;
  }

  /** The held register and its proxy, which the server is given. */
  record Pair(HeldRegister control, RegisterService register) {}

  static Pair over(RegisterService served) {
    HeldRegister control = new HeldRegister(served);
    RegisterService proxy =
        (RegisterService)
            Proxy.newProxyInstance(
                RegisterService.class.getClassLoader(),
                new Class<?>[] {RegisterService.class},
                control);
    return new Pair(control, proxy);
  }

  /** The next search or matching waits for {@link #release}. */
  void holdNext() {
    holdNext = true;
  }

  /** The next {@code matching} throws. */
  void failNextMatching() {
    failNextMatching = true;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    boolean computes = method.getName().equals("search") || method.getName().equals("matching");
    if (computes && holdNext) {
      holdNext = false;
      entered.countDown();
      if (!release.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the held " + method.getName());
      }
    }
    if (method.getName().equals("matching")) {
      matchings.incrementAndGet();
      if (failNextMatching) {
        failNextMatching = false;
        throw new IllegalStateException("matching failed (test)");
      }
    }
    try {
      return method.invoke(served, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
