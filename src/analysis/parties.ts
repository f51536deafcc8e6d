// Who can be said to have done something in an apology. The analysis uses
// these to name a clause's actor; a team adds its own couriers, suppliers and
// product names through configuration.

/** Outside parties a writer may be tempted to blame. */
export const THIRD_PARTIES = [
  'courier', 'couriers', 'carrier', 'carriers', 'supplier', 'suppliers', 'vendor', 'vendors', 'manufacturer',
  'manufacturers', 'bank', 'banks', 'processor', 'provider', 'providers', 'partner', 'partners',
  'contractor', 'contractors', 'subcontractor', 'council', 'airport', 'airline', 'landlord', 'agency', 'agent',
  'postman', 'postwoman', 'postal service', 'criminals', 'hackers', 'attackers', 'fraudsters', 'scammers', 'royal mail', 'ups', 'fedex', 'dhl', 'usps', 'hermes', 'evri', 'driver',
  'drivers', 'delivery company', 'delivery partner', 'third party', 'third-party', 'distributor', 'wholesaler',
  'insurer', 'authority', 'authorities', 'government', 'regulator', 'network', 'host', 'isp', 'lab',
  'laboratory', 'pharmacy', 'solicitor', 'factory', 'printer', 'caterer', 'florist',
  'shipping company', 'logistics partner', 'payment provider', 'hosting provider', 'library', 'upstream',
  'data centre', 'data center', 'restaurant', 'kitchen', 'rider', 'riders', 'marketplace', 'seller', 'merchant',
];

/** Tools and things that can be said to have failed by themselves. */
export const THINGS = [
  'system', 'systems', 'app', 'application', 'software', 'website', 'site', 'page', 'portal', 'tool',
  'server', 'servers', 'database', 'bug', 'glitch', 'error', 'computer', 'computers', 'machine', 'algorithm',
  'update', 'script', 'platform', 'process', 'printer', 'scanner', 'form', 'email', 'emails', 'automation',
  'integration', 'code', 'feature', 'api', 'service', 'outage', 'network', 'weather', 'storm', 'snow',
  'datacenter', 'datacentre',
];

/** One member of staff: blaming "the new employee" is still blame. */
export const STAFF_MEMBERS = [
  'employee', 'colleague', 'staff member', 'member of staff', 'technician', 'engineer', 'packer', 'driver',
  'cashier', 'clerk', 'receptionist', 'assistant', 'trainee', 'intern', 'temp', 'new hire', 'waiter',
  'waitress', 'server', 'chef', 'cook', 'courier', 'picker', 'developer', 'agent', 'rep', 'representative',
  'operator', 'installer', 'plumber', 'electrician', 'builder', 'handyman', 'nurse', 'doctor', 'pharmacist',
  'manager', 'supervisor', 'adviser', 'advisor', 'associate', 'person', 'guy', 'someone', 'somebody',
  'estimator', 'surveyor', 'planner', 'scheduler', 'dispatcher', 'stylist', 'cleaner', 'porter', 'tutor',
  'translator', 'interpreter', 'designer', 'editor', 'photographer', 'mechanic', 'fitter', 'lad', 'lads',
];

/** Groups the writer speaks for ("our team", "the staff"). */
export const WRITER_GROUPS = [
  'team', 'teams', 'staff', 'company', 'business', 'store', 'shop', 'office', 'department', 'kitchen',
  'restaurant', 'hotel', 'clinic', 'practice', 'surgery', 'bank', 'branch', 'firm', 'agency', 'studio',
  'engineers', 'people', 'crew', 'management', 'organisation', 'organization', 'side', 'end', 'drivers',
];
