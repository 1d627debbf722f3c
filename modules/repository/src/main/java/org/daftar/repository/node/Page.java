package org.daftar.repository.node;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param skip       how many items precede this page
 * @param totalItems how many items the whole list has
 */
public record Page<T>(List<T> items, int skip, int maxItems, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMoreItems() {
        return skip + items.size() < totalItems;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), skip, maxItems, totalItems);
    }
}
