package org.tiptracker.document.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.search.SearchTerms;

/** The registry's search: its query is built from the criteria given, each one a condition. */
record DocumentSearchImpl(EntityManager entityManager) implements DocumentSearch {

    @Override
    public List<DocumentEntity> search(DocumentCriteria criteria) {
        StringBuilder jpql = new StringBuilder("select d from DocumentEntity d where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (criteria.organ() != null) {
            parameters.add(criteria.organ());
            jpql.append(" and d.organ = ?").append(parameters.size());
        }
        if (criteria.kind() != null) {
            parameters.add(criteria.kind());
            jpql.append(" and d.kind = ?").append(parameters.size());
        }
        if (criteria.year() != null) {
            parameters.add(criteria.year());
            jpql.append(" and d.year = ?").append(parameters.size());
        }
        SearchTerms terms = SearchTerms.of(criteria.text());
        if (terms.namesNumber()) {
            // a citation in any of its forms (A/RES/70/179, 70/179, ١٧٩/٧٠, قرارها ١٧٩/٧٠, ٢٧/٢٠٠٦):
            // the number in either order, or the symbol; the words around it are not required
            List<String> citations = new ArrayList<>();
            for (String key : terms.keys()) {
                if (key.contains("/")) {
                    citations.add(key);
                    int slash = key.lastIndexOf('/');
                    citations.add(key.substring(slash + 1) + "/" + key.substring(0, slash));
                }
            }
            parameters.add(citations);
            jpql.append(" and (lower(d.number) in ?").append(parameters.size())
                    .append(" or lower(d.symbol) in ?").append(parameters.size()).append(")");
        } else {
            for (String word : ArabicSearch.normalize(criteria.text()).split(" ")) {
                if (!word.isEmpty()) {
                    parameters.add("%" + likeLiteral(word) + "%");
                    jpql.append(" and d.searchText like ?").append(parameters.size()).append(" escape '\\'");
                }
            }
        }
        jpql.append(" order by d.year desc, d.adoptedOn desc nulls last, d.organ, d.number, d.symbol, d.id");
        TypedQuery<DocumentEntity> query = entityManager.createQuery(jpql.toString(), DocumentEntity.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    /** {@code s} matched literally inside a LIKE pattern written with {@code escape '\\'}. */
    static String likeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
