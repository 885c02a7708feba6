package se.qms.json.kolada;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a maximum length: a longer body is cancelled as soon as it
 * passes the maximum and fails with {@link TooLong}. Used by one exchange only; the HTTP client
 * calls it serially, as {@link Flow.Subscriber} requires.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final long max;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Flow.Subscription subscription;
  private boolean done;

  private BoundedBody(long max) {
    this.max = max;
  }

  /** A handler giving each response a bounded body. */
  static HttpResponse.BodyHandler<byte[]> handler(long max) {
    return info -> new BoundedBody(max);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (done) {
      return;
    }
    for (ByteBuffer item : items) {
      if (bytes.size() + (long) item.remaining() > max) {
        done = true;
        subscription.cancel();
        body.completeExceptionally(new TooLong(max));
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable error) {
    done = true;
    body.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    if (!done) {
      done = true;
      body.complete(bytes.toByteArray());
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  /** The body passed the maximum length. */
  static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long max;

    TooLong(long max) {
      super("the response is longer than " + max + " bytes", null, false, false);
      this.max = max;
    }

    long max() {
      return max;
    }
  }
}
