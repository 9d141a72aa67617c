package org.dyad.article;

import java.util.Optional;

import org.dyad.article.query.ArticleReadQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ArticleReadService {

    private final ArticleReadQuery query;
    private final org.dyad.article.query.ArticleListQuery list;

    public ArticleReadService(ArticleReadQuery query, org.dyad.article.query.ArticleListQuery list) {
        this.query = query;
        this.list = list;
    }

    public int count(ArticleFilter filter) {
        return list.count(filter);
    }

    public java.util.List<ArticleListItem> page(ArticleFilter filter, int offset, int limit) {
        return list.page(filter, offset, limit);
    }

    /** How many facts of each type (meeting, trade, sector, organization) an article has; every type is listed. */
    public java.util.Map<String, Integer> factCounts(long articleId) {
        return query.factCounts(articleId);
    }

    public Optional<ArticleText> read(long id) {
        return query.read(id);
    }
}
