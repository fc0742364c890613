package org.civic.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.registry.api.ChangeEvent;
import org.civic.registry.api.RegionInput;
import org.civic.registry.api.RegionView;
import org.civic.registry.entity.Region;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.repository.RegionRepository;

@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;
    private final RegistryMapper mapper;
    private final ChangeFeed feed;

    public RegionService(RegionRepository regions, RegistryMapper mapper, ChangeFeed feed) {
        this.regions = regions;
        this.mapper = mapper;
        this.feed = feed;
    }

    public Page<RegionView> list(String parentCode, Region.Level level, PageRequest page) {
        return Page.of(
                regions.list(parentCode, level, page).stream()
                        .map(mapper::toView)
                        .toList(),
                page,
                regions.count(parentCode, level));
    }

    public Stored<RegionView> read(String code) {
        return stored(get(code));
    }

    private Region get(String code) {
        return regions.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Region", code));
    }

    @Transactional
    public Stored<RegionView> create(RegionInput input) {
        if (input.code() == null) {
            throw ProblemException.badRequest("code", "must not be null");
        }
        if (regions.findById(input.code()) != null) {
            throw ProblemException.conflict("region-exists", "Region " + input.code() + " already exists.");
        }
        Region region = new Region();
        region.code = input.code();
        apply(region, input);
        regions.persist(region);
        return recorded(ChangeEvent.REGION_CREATED, region);
    }

    @Transactional
    public Stored<RegionView> update(String code, RegionInput input, String ifMatch) {
        Region region = get(code);
        ETags.checkMatches(ifMatch, region.version);
        long before = region.version;
        if (input.code() != null && !input.code().equals(code)) {
            throw ProblemException.badRequest("code", "cannot change; it is the region's identity (" + code + ")");
        }
        apply(region, input);
        regions.flush();
        return region.version == before ? stored(region) : recorded(ChangeEvent.REGION_UPDATED, region);
    }

    /** All codes at and below {@code code}, for "region includes sub-regions" filters; 400 when unknown. */
    public List<String> selfAndDescendants(String code, String parameter) {
        if (code == null) {
            return null;
        }
        List<String> codes = regions.selfAndDescendants(code);
        if (codes.isEmpty()) {
            throw ProblemException.badRequest(parameter, "unknown region " + code);
        }
        return codes;
    }

    private Stored<RegionView> stored(Region region) {
        return Stored.of(mapper.toView(region), region.code, region.version);
    }

    private Stored<RegionView> recorded(String type, Region region) {
        Stored<RegionView> stored = stored(region);
        feed.record(type, region.code, region.version, null, stored.view());
        return stored;
    }

    private void apply(Region region, RegionInput input) {
        if (input.parentCode() != null) {
            if (input.parentCode().equals(region.code)
                    || regions.selfAndDescendants(region.code).contains(input.parentCode())) {
                throw ProblemException.badRequest("parentCode", "a region cannot be inside itself");
            }
            Region parent = regions.findById(input.parentCode());
            if (parent == null) {
                throw ProblemException.badRequest("parentCode", "unknown region " + input.parentCode());
            }
            if (parent.level.ordinal() >= input.level().ordinal()) {
                throw ProblemException.badRequest("level", "must be below its parent's level " + parent.level);
            }
        }
        region.nameZh = input.name().zh().strip();
        region.nameEn = input.name().en() == null ? null : input.name().en().strip();
        region.level = input.level();
        region.parentCode = input.parentCode();
    }
}
