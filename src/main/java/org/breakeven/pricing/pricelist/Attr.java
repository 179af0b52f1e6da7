package org.breakeven.pricing.pricelist;

import java.util.Set;

/**
 * Product attribute names, normalised so that the JSON name ({@code preInstalledSw}) and the CSV column
 * ({@code Pre Installed S/W}) are the same key: lower case, letters and digits only.
 */
final class Attr {

    static final String PRODUCT_FAMILY = "productfamily";
    static final String SERVICECODE = "servicecode";
    static final String LOCATION = "location";
    static final String LOCATION_TYPE = "locationtype";
    static final String REGION_CODE = "regioncode";
    static final String USAGETYPE = "usagetype";
    static final String OPERATION = "operation";
    static final String GROUP = "group";
    static final String INSTANCE_TYPE = "instancetype";
    static final String OPERATING_SYSTEM = "operatingsystem";
    static final String TENANCY = "tenancy";
    static final String PRE_INSTALLED_SW = "preinstalledsw";
    static final String LICENSE_MODEL = "licensemodel";
    static final String CAPACITY_STATUS = "capacitystatus";
    static final String MARKET_OPTION = "marketoption";
    static final String VCPU = "vcpu";
    static final String MEMORY = "memory";
    static final String PHYSICAL_PROCESSOR = "physicalprocessor";
    static final String PROCESSOR_ARCHITECTURE = "processorarchitecture";
    static final String VOLUME_API_NAME = "volumeapiname";
    static final String QUEUE_TYPE = "queuetype";

    /**
     * The attributes the importer reads. Others are skipped without being decoded, which keeps the
     * scan of a multi-gigabyte offer fast.
     */
    static final Set<String> READ = Set.of(PRODUCT_FAMILY, SERVICECODE, LOCATION, LOCATION_TYPE, REGION_CODE,
            USAGETYPE, OPERATION, GROUP, INSTANCE_TYPE, OPERATING_SYSTEM, TENANCY, PRE_INSTALLED_SW, LICENSE_MODEL,
            CAPACITY_STATUS, MARKET_OPTION, VCPU, MEMORY, PHYSICAL_PROCESSOR, PROCESSOR_ARCHITECTURE,
            VOLUME_API_NAME, QUEUE_TYPE);

    private Attr() {
    }

    /** Normalises an attribute name or CSV column: {@code "Pre Installed S/W"} becomes {@code preinstalledsw}. */
    static String normalize(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
