package org.dyad.article;

import java.util.Optional;

import org.dyad.article.query.ArticleReadQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ArticleReadService {

    private final ArticleReadQuery query;

    public ArticleReadService(ArticleReadQuery query) {
        this.query = query;
    }

    public Optional<ArticleText> read(long id) {
        return query.read(id);
    }
}
