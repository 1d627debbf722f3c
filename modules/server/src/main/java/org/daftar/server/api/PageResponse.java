package org.daftar.server.api;

import java.util.List;
import java.util.function.Function;
import org.daftar.repository.node.Page;

/** One page of a list, with what a client needs to fetch the next. */
public record PageResponse<T>(List<T> items, int skipCount, int maxItems, long totalItems, boolean hasMoreItems) {

    static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.skip(), page.maxItems(),
                page.totalItems(), page.hasMoreItems());
    }
}
