package org.dyad.reference;

import java.util.List;
import java.util.Optional;

import org.dyad.reference.query.CountryQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CountryService {

    private final CountryQuery countries;

    public CountryService(CountryQuery countries) {
        this.countries = countries;
    }

    public List<CountryName> all() {
        return countries.all();
    }

    /** Whether two codes name two different known countries: a pair Dyad can show. */
    public boolean isPair(String a, String b) {
        return byCode(a).isPresent() && byCode(b).isPresent() && !a.equalsIgnoreCase(b);
    }

    public Optional<CountryName> byCode(String code) {
        return code == null ? Optional.empty() : countries.byCode(code.toUpperCase());
    }
}
