package io.successdesk.app;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/** One page of results and the total number of rows matching the query. */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.offset(), request.limit(), total);
    }

    /** Reads page after page, from the first of {@code size} rows, until none is left, handing on every item. */
    public static <T> void forEachItem(int size, Function<PageRequest, Page<T>> read, Consumer<T> action) {
        PageRequest request = PageRequest.first(size);
        Page<T> page;
        do {
            page = read.apply(request);
            page.items().forEach(action);
            request = request.next();
        } while (page.hasMore());
    }

    public boolean hasMore() {
        return offset + items.size() < total;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), offset, limit, total);
    }
}
